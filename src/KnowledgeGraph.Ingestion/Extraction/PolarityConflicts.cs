namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// The second contradiction signal: two speakers who take clearly opposite stances (<see cref="StanceReader"/>) on the
/// same policy. A speaker whose own statements take both stances on it is left out; of the statements two speakers
/// oppose each other with, the closest pair is linked, once per policy.
/// </summary>
internal static class PolarityConflicts
{
    public static IEnumerable<ExtractedContradiction> Find(IReadOnlyList<ExtractedStatement> statements, StanceReader reader)
    {
        List<(ExtractedStatement Statement, Stance Stance)> stances = [.. statements.SelectMany(s => reader.Read(s).Select(x => (s, x)))];
        foreach (var byPolicy in stances.GroupBy(x => x.Stance.Policy.Key, StringComparer.Ordinal))
        {
            HashSet<PersonEntity> undecided = [.. byPolicy.GroupBy(x => x.Statement.Speaker).Where(g => g.Select(x => x.Stance.Polarity).Distinct().Count() > 1).Select(g => g.Key)];
            List<(ExtractedStatement Statement, Stance Stance)> decided = [.. byPolicy.Where(x => !undecided.Contains(x.Statement.Speaker))];
            var pairs = from support in decided.Where(x => x.Stance.Polarity == Polarity.Support)
                        from oppose in decided.Where(x => x.Stance.Polarity == Polarity.Oppose)
                        where support.Statement.Speaker != oppose.Statement.Speaker
                        group (support, oppose) by (support.Statement.Speaker, oppose.Statement.Speaker);
            foreach (var speakers in pairs)
            {
                var (a, b) = speakers.MinBy(p => Math.Abs(p.support.Statement.SentenceIndex - p.oppose.Statement.SentenceIndex));
                var (first, second) = a.Statement.SentenceStart <= b.Statement.SentenceStart ? (a, b) : (b, a);
                yield return new ExtractedContradiction(first.Statement, second.Statement, $"{first.Stance.Cue} / {second.Stance.Cue}",
                    second.Statement.Sentence, ContradictionMethod.ConflictingPolarity);
            }
        }
    }
}
