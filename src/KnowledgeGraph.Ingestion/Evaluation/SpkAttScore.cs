namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>Precision, recall and F1 of one role.</summary>
public readonly record struct SpkAttScore(double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
