namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>How a contradiction cue names the two sides.</summary>
internal enum ContradictionCueKind
{
    /// <summary>The text relates two named sides ("X's words were at odds with Y's remarks", "im Widerspruch zu").</summary>
    Relation,

    /// <summary>The subject contradicts the object ("X widersprach Y", "X contradicted Y").</summary>
    Verb,

    /// <summary>The subject rejects the other side's words, referred to by a noun ("X wies die Kritik zurück", "X
    /// dismissed the claims"): the other side is the latest other speaker.</summary>
    Rejection,
}
