namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>How a contradiction was found (<c>kgo:DetectionMethod</c>).</summary>
public enum ContradictionMethod
{
    /// <summary>The article states it with a cue ("im Widerspruch zu", "contradicted"): <c>kgo:ExplicitCue</c>.</summary>
    ExplicitCue,

    /// <summary>Two speakers take clearly opposite stances on the same policy: <c>kgo:ConflictingPolarity</c>.</summary>
    ConflictingPolarity,
}
