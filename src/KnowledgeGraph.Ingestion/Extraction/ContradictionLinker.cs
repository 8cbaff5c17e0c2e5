using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>Links the statements of the two sides of each contradiction cue an article states.</summary>
internal static class ContradictionLinker
{
    /// <summary>One contradiction per pair of statements, whichever cue found it first (two cues may point at the same pair).</summary>
    public static List<ExtractedContradiction> Link(List<ExtractedStatement> statements, List<ContradictionCueMatch> cues) =>
        [.. cues.SelectMany(c => Pair(statements, c.Left, c.Right, c.Cue, c.Sentence))
            .DistinctBy(c => c.First.SentenceStart < c.Second.SentenceStart || (c.First.SentenceStart == c.Second.SentenceStart && string.CompareOrdinal(c.First.Text, c.Second.Text) <= 0)
                ? (c.First, c.Second) : (c.Second, c.First))];

    /// <summary>Pairs the two sides' statements nearest to the cue (same or adjacent paragraph).</summary>
    private static IEnumerable<ExtractedContradiction> Pair(List<ExtractedStatement> statements, PersonEntity left, PersonEntity right, string cue, Sentence sentence)
    {
        List<ExtractedStatement> Nearest(PersonEntity person)
        {
            List<ExtractedStatement> own = [.. statements.Where(s => s.Speaker == person && Math.Abs(s.Paragraph - sentence.Paragraph) <= 1)];
            if (own.Count == 0)
                return own;
            int best = own.Min(s => Math.Abs(s.Paragraph - sentence.Paragraph));
            return [.. own.Where(s => Math.Abs(s.Paragraph - sentence.Paragraph) == best)];
        }

        foreach (ExtractedStatement a in Nearest(left))
        {
            foreach (ExtractedStatement b in Nearest(right))
                yield return new ExtractedContradiction(a, b, cue, sentence.Text);
        }
    }
}
