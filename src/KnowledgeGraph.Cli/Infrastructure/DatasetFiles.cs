using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Loads the files of <c>--data</c> and <c>--named</c> into a store, as <c>kg query</c> and <c>kg update</c> read them:
/// each PATH is resolved against <c>--base</c> (RFC 3986; without it, against the current directory's <c>file:</c> IRI),
/// and that IRI is the base for parsing the file and, for <c>--named</c>, the graph's name.
/// </summary>
internal static class DatasetFiles
{
    public static Iri ResolveAgainstBase(string path, Iri? baseIri)
    {
        if (baseIri is null)
        {
            return FileIris.FromPath(path);
        }

        // A path is a relative reference: its separators are '/', and characters an IRI cannot hold are escaped.
        string reference = FileIris.FromPath(path).Value;
        string cwd = FileIris.FromPath(Directory.GetCurrentDirectory()).Value + "/";
        if (reference.StartsWith(cwd, StringComparison.Ordinal) && !Path.IsPathRooted(path))
        {
            reference = reference[cwd.Length..];
        }

        return baseIri.TryResolve(reference, out Iri? resolved)
            ? resolved
            : throw new CliException($"kg: '{path}' does not resolve to a valid IRI against --base <{baseIri.Value}>");
    }

    /// <summary>
    /// Loads the files into a fresh in-memory store through the bulk path (<see cref="QuadStoreLoader"/>: batches
    /// encoded, sorted and written index by index, instead of one lookup and six inserts per quad); returns the number of
    /// quads read. The store is the run's own, so a failure part-way leaves nothing anyone else sees.
    /// </summary>
    public static long Load(IQuadStore store, IEnumerable<string> dataPaths, IEnumerable<string> namedPaths, Iri? baseIri)
    {
        List<(string Path, Iri Iri)> named = [.. namedPaths.Select(p => (p, ResolveAgainstBase(p, baseIri)))];
        if (named.Count > 0)
        {
            // A named file without triples still names a graph of the dataset.
            using IQuadTransaction tx = store.BeginTransaction();
            foreach ((_, Iri iri) in named)
            {
                tx.CreateGraph(iri);
            }

            tx.Commit();
        }

        long count = 0;
        IEnumerable<Quad> Counted(IEnumerable<Quad> quads)
        {
            foreach (Quad q in quads)
            {
                count++;
                yield return q;
            }
        }

        IEnumerable<Quad> all = dataPaths
            .Select(path => Read(path, ResolveAgainstBase(path, baseIri)))
            .Concat(named.Select(n => Read(n.Path, n.Iri).Select(q => new Quad(q.Triple, q.Graph ?? n.Iri))))
            .SelectMany(quads => quads);
        // Batches of up to 4M quads (64 MB of keys): an in-memory index is built from a batch's sorted keys in one pass
        // when the batch is large next to it, so fewer, larger batches load faster.
        new QuadStoreLoader(store) { BatchSize = 1 << 22 }.Load(Counted(all));
        return count;
    }

    /// <summary>Reads a file (format from its extension) with the given base.</summary>
    public static IEnumerable<Quad> Read(string path, Iri baseIri)
    {
        RdfInput input = RdfInput.Resolve(path, null, baseIri);
        using Stream s = input.Open();
        foreach (Quad q in input.CreateParser(lenient: false, null).Parse(s))
        {
            yield return q;
        }
    }

    /// <summary>For FROM / FROM NAMED: reads a <c>file:</c> IRI that was not loaded, when such a file exists.</summary>
    public static IEnumerable<Triple>? LoadGraphFromFile(Iri iri)
    {
        string? path = FileIris.ToPath(iri);
        return path is not null && File.Exists(path) && RdfFormats.TryFindByExtension(path, out _)
            ? Read(path, iri).Select(q => q.Triple).ToList()
            : null;
    }
}
