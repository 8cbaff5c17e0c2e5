using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Rdf.Formats.Tests.Reading;

/// <summary>
/// Four threads looking up 500 IRIs at random in one shared cache and adding what they miss, as the workers of one
/// parallel parse do: a lookup racing a replacement must answer with the IRI asked for or with nothing.
/// </summary>
internal static class CacheRace
{
    public const int Keys = 500;

    /// <summary>Counts the wrong answers and the hits.</summary>
    /// <param name="find">Looks up key number k.</param>
    /// <param name="add">Adds key number k with its IRI.</param>
    public static (int Wrong, int Hits) Run(Func<int, Iri?> find, Action<int, Iri> add)
    {
        Iri[] iris = [.. Enumerable.Range(0, Keys).Select(i => Iri.Parse(Text(i)))];
        int wrong = 0;
        int hits = 0;
        Parallel.For(0, 4, worker =>
        {
            var random = new Random(worker);
            for (int n = 0; n < 200_000; n++)
            {
                int k = random.Next(Keys);
                Iri? found = find(k);
                if (found is null)
                {
                    add(k, iris[k]);
                }
                else if (!ReferenceEquals(found, iris[k]))
                {
                    Interlocked.Increment(ref wrong);
                }
                else
                {
                    Interlocked.Increment(ref hits);
                }
            }
        });

        return (wrong, hits);
    }

    /// <summary>The text of IRI number k.</summary>
    public static string Text(int k) => $"http://example.org/resource/{k}";
}
