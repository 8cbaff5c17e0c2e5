using KnowledgeGraph.Ingestion.Lexicons;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Finds the contradictions an article states: an explicit cue (<c>data/lexicon/contradiction-cues.tsv</c>) with a person
/// on each side, and the statements of the two sides it links. Opposite stances without a cue are never a contradiction.
/// </summary>
internal sealed class ContradictionFinder(LanguageLexicon language)
{
    /// <summary>An explicit contradiction cue with a person on each side ("Die Worte des Ministers standen im Widerspruch
    /// zu Äußerungen von US-Präsident Donald Trump", "Kelly contradicted Trump"), or a rejection of the other side's words
    /// ("Wendt wies die Kritik zurück"), whose other side is the latest other speaker.</summary>
    public ContradictionCueMatch? Find(SentenceContext context, Discourse discourse)
    {
        for (int c = 0; c < context.Tokens.Count; c++)
        {
            foreach (ContradictionCue cue in language.ContradictionCues)
            {
                if (!context.MatchesWords(c, cue.Words))
                    continue;
                int afterCue = c + cue.Words.Count;
                if (cue.Particle is not null && !context.HasAfter(afterCue, cue.Particle))
                    continue;
                List<PersonEntity> left = [.. context.Mentions.Where(m => m.Last < c && m.Entity is not null).Select(m => m.Entity!).Distinct()];
                List<PersonEntity> right = [.. context.Mentions.Where(m => m.First >= afterCue && m.Entity is not null).Select(m => m.Entity!).Distinct()];
                switch (cue.Kind)
                {
                    case ContradictionCueKind.Verb:
                        // The subject contradicts the first person after the verb.
                        left = [.. context.Mentions.Where(m => m.Last == c - 1 && m.Entity is not null).Select(m => m.Entity!)];
                        right = [.. right.Take(1)];
                        break;
                    case ContradictionCueKind.Rejection:
                        // The subject rejects "die Kritik": the object noun (after at most a determiner and an adjective)
                        // refers to the words of the latest other speaker.
                        left = [.. context.Mentions.Where(m => m.Last == c - 1 && m.Entity is not null).Select(m => m.Entity!)];
                        bool objectFollows = Enumerable.Range(afterCue, 3).Any(k => k < context.Tokens.Count && !context.InQuote[k] && cue.Objects.Contains(context.Tokens[k].Value));
                        right = objectFollows && left.Count == 1 && discourse.RecentSpeakers.FirstOrDefault(p => p != left[0]) is { } other ? [other] : [];
                        break;
                }
                if (left.Count == 1 && right.Count == 1 && left[0] != right[0])
                    return new ContradictionCueMatch(left[0], right[0], cue.Display, context.Sentence);
            }
        }
        return null;
    }
}
