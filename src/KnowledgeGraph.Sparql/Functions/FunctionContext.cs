using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// What functions need beyond their arguments: the base IRI for IRI() (§17.4.2.8), one NOW() per query (§17.4.5.1),
/// and blank nodes for BNODE(str) that are equal within one solution and distinct across solutions (§17.4.2.9).
/// </summary>
internal sealed class FunctionContext
{
    private readonly Dictionary<string, BlankNode> _bnodes = new(StringComparer.Ordinal);
    private readonly string _queryTag = Guid.NewGuid().ToString("N")[..8];
    private long _solution;
    private long _counter;

    public FunctionContext(Iri? baseIri, DateTimeOffset now)
    {
        BaseIri = baseIri;
        Now = now;
    }

    public Iri? BaseIri { get; }

    public DateTimeOffset Now { get; }

    /// <summary>Marks the start of a new solution: BNODE(str) hands out new nodes from here on.</summary>
    public void BeginSolution()
    {
        _solution++;
        _bnodes.Clear();
    }

    public BlankNode NewBlankNode() =>
        new("f" + _queryTag + "x" + (_counter++).ToString(CultureInfo.InvariantCulture));

    public BlankNode BlankNodeFor(string label)
    {
        if (!_bnodes.TryGetValue(label, out BlankNode? b))
        {
            b = new BlankNode("f" + _queryTag + "s" + _solution.ToString(CultureInfo.InvariantCulture) + "n" + (_counter++).ToString(CultureInfo.InvariantCulture));
            _bnodes[label] = b;
        }

        return b;
    }
}
