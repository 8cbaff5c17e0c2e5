using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The three graph-to-graph operations (SPARQL 1.1 Update §3.2.3–§3.2.5).</summary>
internal enum TransferKind
{
    /// <summary>COPY: the target becomes a copy of the source.</summary>
    Copy,

    /// <summary>MOVE: like COPY, then the source is dropped.</summary>
    Move,

    /// <summary>ADD: the source's triples are added to the target.</summary>
    Add,
}

/// <summary>ADD, MOVE or COPY ( SILENT )? GraphOrDefault TO GraphOrDefault.</summary>
internal sealed record TransferOperation(TransferKind Kind, GraphTarget Source, GraphTarget Target, bool Silent, int Offset) : UpdateOperation(Offset)
{
    public override void WriteSse(StringBuilder sb, int indent) =>
        sb.Append('(').Append(Kind.ToString().ToLowerInvariant()).Append(SilentFlag(Silent)).Append(' ').Append(Source).Append(' ').Append(Target).Append(')');
}
