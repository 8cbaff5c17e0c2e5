namespace KnowledgeGraph.Linking.Scoring;

/// <summary>
/// Log-odds contributions of the linker's features. A candidate's score is the sum of its contributions; its
/// probability is its share of a softmax over all viable candidates and a NIL option scored <see cref="Nil"/>.
/// The values were set on the development sets (GUM Wikinews gold links and the German gold set in
/// tests/…/Evaluation) so that confidences track observed precision; see the evaluation report.
/// </summary>
internal static class Weights
{
    public const double Nil = 2.0;
    public const double Label = 3.0;
    public const double Alias = 2.6;
    public const double ShortName = 2.0;
    public const double Surname = 0.0;
    public const double Inflected = -0.2;
    public const double TypeMatch = 1.0;
    public const double TypeUnknown = -0.3;
    public const double OfficeAtDate = 2.5;
    public const double OfficeOtherTime = 1.2;
    public const double OfficeHeldByOther = -2.0;
    public const double MentionCountryMatch = 1.0;
    public const double MentionCountryConflict = -3.0;
    public const double DocumentCountry = 0.5;
    public const double DocumentMainCountry = 1.0;
    public const double HomeCountry = 0.5;
    public const double OfficeOccupied = 0.5;
    public const double SittingOfficeholder = 1.0;
    public const double CoOccurrence = 0.6;
    public const double CoOccurrenceMax = 1.2;
    public const double PriorSpan = 1.5;
}
