using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking;

/// <summary>One candidate the linker considered, with its score and why.</summary>
/// <param name="Qid">The item.</param>
/// <param name="Label">Its label in the document's language.</param>
/// <param name="Description">Its description, if the base has one.</param>
/// <param name="Match">How the name matched.</param>
/// <param name="Score">The linear score (log-odds against NIL); meaningless when <paramref name="Rejected"/>.</param>
/// <param name="Probability">The calibrated probability that the mention means this item; 0 when rejected.</param>
/// <param name="Rejected">True when a hard constraint ruled the candidate out (type, first name, country).</param>
/// <param name="Reasons">Each feature's contribution, human-readable ("+2.5 held Q642859 on 2017-02-23").</param>
public sealed record CandidateScore(string Qid, string Label, string? Description, NameMatch Match, double Score, double Probability, bool Rejected,
    IReadOnlyList<string> Reasons);
