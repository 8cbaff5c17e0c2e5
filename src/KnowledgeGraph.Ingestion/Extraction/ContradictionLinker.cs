namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Links the statements a contradiction cue refers to: for each side, the statement in the cue's own sentence, else the
/// one statement of that person (in the cue's paragraph or the next to it) that best fits the other side — a policy both
/// are about first, then the content words they share ("Verteilungsschlüssel"), then nearness to the cue. One pair per
/// cue: the cue says that two persons' words clash, not that everything each of them said does.
/// </summary>
internal static class ContradictionLinker
{
    /// <summary>One contradiction per pair of statements, whichever cue found it first (two cues may point at the same pair).</summary>
    public static List<ExtractedContradiction> Link(IReadOnlyList<ExtractedStatement> statements, IEnumerable<ContradictionCueMatch> cues) =>
        [.. cues.Select(c => Pair(statements, c)).OfType<ExtractedContradiction>()
            .DistinctBy(c => c.First.SentenceStart < c.Second.SentenceStart || (c.First.SentenceStart == c.Second.SentenceStart && string.CompareOrdinal(c.First.Text, c.Second.Text) <= 0)
                ? (c.First, c.Second) : (c.Second, c.First))];

    /// <summary>The pair of statements the cue refers to, or null when a side has no statement near it.</summary>
    public static ExtractedContradiction? Pair(IReadOnlyList<ExtractedStatement> statements, ContradictionCueMatch cue)
    {
        List<ExtractedStatement> left = Candidates(statements, cue.Left, cue);
        List<ExtractedStatement> right = Candidates(statements, cue.Right, cue);
        (ExtractedStatement A, ExtractedStatement B, int Policy, int Shared, int Distance)? best = null;
        foreach (ExtractedStatement a in left)
        {
            foreach (ExtractedStatement b in right)
            {
                int policy = a.Policies.Intersect(b.Policies).Any() ? 1 : 0;
                int shared = TopicWords.Shared(a.Text, b.Text);
                int distance = Math.Abs(a.SentenceIndex - cue.Sentence.Index) + Math.Abs(b.SentenceIndex - cue.Sentence.Index);
                if (best is not { } x || (policy, shared, -distance).CompareTo((x.Policy, x.Shared, -x.Distance)) > 0)
                    best = (a, b, policy, shared, distance);
            }
        }
        return best is { } p ? new ExtractedContradiction(p.A, p.B, cue.Cue, cue.Sentence.Text) : null;
    }

    /// <summary>The person's statements in the cue's sentence if there are any, else those in the cue's paragraph and the
    /// paragraphs next to it.</summary>
    private static List<ExtractedStatement> Candidates(IReadOnlyList<ExtractedStatement> statements, PersonEntity person, ContradictionCueMatch cue)
    {
        List<ExtractedStatement> own = [.. statements.Where(s => s.Speaker == person && Math.Abs(s.Paragraph - cue.Sentence.Paragraph) <= 1)];
        List<ExtractedStatement> inCue = [.. own.Where(s => s.SentenceIndex == cue.Sentence.Index)];
        return inCue.Count > 0 ? inCue : own;
    }
}
