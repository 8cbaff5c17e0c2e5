namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>Two statements that contradict each other, and how that was found.</summary>
/// <param name="First">One side (for a cue, the side that contradicts; for conflicting polarity, the earlier statement).</param>
/// <param name="Second">The other side.</param>
/// <param name="Cue">The words it was found by: the contradiction cue ("im Widerspruch zu"), or the two stance words of
/// conflicting polarity ("unterstützen / lehne … ab").</param>
/// <param name="EvidenceSentence">The sentence that states the contradiction; for conflicting polarity, the sentence of
/// <paramref name="Second"/>, where the opposite stance is taken.</param>
/// <param name="Method">How it was found.</param>
public sealed record ExtractedContradiction(
    ExtractedStatement First,
    ExtractedStatement Second,
    string Cue,
    string EvidenceSentence,
    ContradictionMethod Method = ContradictionMethod.ExplicitCue)
{
    /// <summary>Whether this contradiction joins the two statements, in either order.</summary>
    internal bool Joins(ExtractedStatement a, ExtractedStatement b) => (First == a && Second == b) || (First == b && Second == a);
}
