using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// What one physical operator says about itself in the printed plan: a title line and detail lines. Terms,
/// expressions and paths are written in SSE, abbreviated with the query's prefixes.
/// </summary>
internal sealed class PlanText
{
    private readonly PrefixMap _prefixes;
    private readonly List<string> _details = [];

    public PlanText(PrefixMap prefixes)
    {
        _prefixes = prefixes;
    }

    public string Title { get; private set; } = "";

    public IReadOnlyList<string> Details => _details;

    public void SetTitle(string title) => Title = title;

    public void AddDetail(string line) => _details.Add(line);

    public string Node(PatternNode node) => Sse.Node(node, _prefixes);

    public string Term(Term term) => Sse.Term(term, _prefixes);

    public string Expr(Expression e) => Sse.Write(e, _prefixes);

    public string Path(PropertyPath p) => Sse.Write(p, _prefixes);

    public string Triple(TriplePattern t) => Node(t.Subject) + " " + Node(t.Predicate) + " " + Node(t.Object);

    public static string Vars(IEnumerable<string> variables)
    {
        string list = string.Join(' ', variables.Select(v => "?" + v));
        return list.Length == 0 ? "()" : list;
    }

    /// <summary>An estimate for display: whole numbers with thousands separators, small fractions with two digits.</summary>
    public static string Count(double rows) =>
        rows >= 100 || rows == Math.Floor(rows)
            ? Math.Round(rows).ToString("#,0", CultureInfo.InvariantCulture)
            : rows.ToString("0.##", CultureInfo.InvariantCulture);
}
