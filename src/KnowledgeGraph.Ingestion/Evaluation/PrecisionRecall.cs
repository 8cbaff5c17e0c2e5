namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>Counts behind a precision and a recall: predictions that are right out of all predictions, and gold items
/// found out of all gold items (the two can differ when one gold item is found by several predictions). A ratio with
/// nothing to count is 1: no prediction is no wrong prediction.</summary>
public readonly record struct PrecisionRecall(int RightPredictions, int Predictions, int FoundGold, int Gold)
{
    /// <summary>Right predictions / predictions.</summary>
    public double Precision => Predictions == 0 ? 1 : (double)RightPredictions / Predictions;

    /// <summary>Found gold items / gold items.</summary>
    public double Recall => Gold == 0 ? 1 : (double)FoundGold / Gold;

    /// <summary>The harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.RightPredictions + b.RightPredictions, a.Predictions + b.Predictions, a.FoundGold + b.FoundGold, a.Gold + b.Gold);
}
