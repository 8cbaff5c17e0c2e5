using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// DELETE/INSERT ... WHERE (§3.1.3), and DELETE WHERE (§3.1.3.3) whose pattern is its template.
/// <see cref="Where"/> is the WHERE clause as a SELECT * query whose dataset is the USING / USING NAMED graphs, or the
/// WITH graph when there are none (§3.1.3.1–§3.1.3.2).
/// </summary>
internal sealed record ModifyOperation(
    Iri? With,
    IReadOnlyList<QuadTemplate> DeleteTemplate,
    IReadOnlyList<QuadTemplate> InsertTemplate,
    IReadOnlyList<Iri> Using,
    IReadOnlyList<Iri> UsingNamed,
    SparqlQuery Where,
    int Offset) : UpdateOperation(Offset)
{
    public override void WriteSse(StringBuilder sb, int indent)
    {
        sb.Append("(modify");
        if (With is not null)
        {
            Line(sb, indent + 1);
            sb.Append("(with ").Append(With).Append(')');
        }

        foreach (Iri g in Using)
        {
            Line(sb, indent + 1);
            sb.Append("(using ").Append(g).Append(')');
        }

        foreach (Iri g in UsingNamed)
        {
            Line(sb, indent + 1);
            sb.Append("(using named ").Append(g).Append(')');
        }

        Template(sb, "delete", DeleteTemplate, indent + 1);
        Template(sb, "insert", InsertTemplate, indent + 1);
        Line(sb, indent + 1);
        sb.Append(Sse.Write(Where.Algebra.Root).Replace("\n", "\n" + new string(' ', (indent + 1) * 2), StringComparison.Ordinal));
        sb.Append(')');
    }

    private static void Template(StringBuilder sb, string name, IReadOnlyList<QuadTemplate> quads, int indent)
    {
        if (quads.Count == 0)
        {
            return;
        }

        Line(sb, indent);
        sb.Append('(').Append(name);
        foreach (QuadTemplate q in quads)
        {
            Line(sb, indent + 1);
            sb.Append(q);
        }

        sb.Append(')');
    }
}
