using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Bench.Loading;

/// <summary>
/// Rewrites an RDF file as N-Quads lines written by our N-Quads writer, one quad per line, streaming: two files that
/// hold the same quads give the same set of lines, whatever syntax, escapes or order they were written with. Language
/// tags are written in lower case: they compare case-insensitively (RDF 1.1 Concepts §3.3), so <c>"x"@EN</c> and
/// <c>"x"@en</c> are one term (and one line). Blank nodes are noted, since their labels are not part of the data (a
/// line comparison is exact only without them).
/// </summary>
internal static class CanonicalNQuads
{
    /// <returns>The quads read (duplicates included) and whether any of them has a blank node.</returns>
    public static (long Quads, bool BlankNodes) Write(string input, RdfFormat format, string output)
    {
        long quads = 0;
        bool blank = false;
        using var source = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using (RdfWriter writer = RdfFormats.NQuads.CreateWriter(target))
        {
            RdfParser parser = format.CreateParser(new RdfParserOptions { BaseIri = FileIris.FromPath(Path.GetFullPath(input)), SourceName = input });
            foreach (Quad q in parser.Parse(source))
            {
                blank = blank || HasBlankNode(q.Subject) || HasBlankNode(q.Object) || (q.Graph is { } g && HasBlankNode(g));
                writer.Write(new Quad(Canonical(q.Subject), q.Predicate, Canonical(q.Object), q.Graph));
                quads++;
            }

            writer.Finish();
        }

        return (quads, blank);
    }

    /// <summary>Reads a whole file into memory (the fallback when blank nodes rule out the line comparison).</summary>
    public static List<Quad> ReadAll(string input, RdfFormat format)
    {
        using var source = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return [.. format.CreateParser(new RdfParserOptions { BaseIri = FileIris.FromPath(Path.GetFullPath(input)), SourceName = input }).Parse(source)];
    }

    private static Term Canonical(Term term) => term switch
    {
        Literal { Language: { } language } l when language.Any(char.IsUpper) => new Literal(l.LexicalForm, language.ToLowerInvariant(), l.Direction),
        TripleTerm t => new TripleTerm(new Triple(Canonical(t.Triple.Subject), t.Triple.Predicate, Canonical(t.Triple.Object))),
        _ => term,
    };

    private static bool HasBlankNode(Term term) => term switch
    {
        BlankNode => true,
        TripleTerm t => HasBlankNode(t.Triple.Subject) || HasBlankNode(t.Triple.Object),
        _ => false,
    };
}
