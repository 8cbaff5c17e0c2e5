using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;

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

    /// <summary>Adds the files to the store in one transaction; returns the number of quads read.</summary>
    public static long Load(IQuadStore store, IEnumerable<string> dataPaths, IEnumerable<string> namedPaths, Iri? baseIri)
    {
        long count = 0;
        using IQuadTransaction tx = store.BeginTransaction();
        foreach (string path in dataPaths)
        {
            Iri iri = ResolveAgainstBase(path, baseIri);
            foreach (Quad q in Read(path, iri))
            {
                tx.Add(q);
                count++;
            }
        }

        foreach (string path in namedPaths)
        {
            Iri iri = ResolveAgainstBase(path, baseIri);
            tx.CreateGraph(iri);
            foreach (Quad q in Read(path, iri))
            {
                tx.Add(new Quad(q.Triple, q.Graph ?? iri));
                count++;
            }
        }

        tx.Commit();
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
