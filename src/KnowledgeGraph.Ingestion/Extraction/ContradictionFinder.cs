using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Finds the contradiction cues an article states (<c>data/lexicon/contradiction-cues.tsv</c>) with a person on each
/// side; <see cref="ContradictionLinker"/> links the statements they refer to.
/// </summary>
internal sealed class ContradictionFinder(LanguageLexicon language)
{
    /// <summary>An explicit contradiction cue with a person on each side ("Die Worte des Ministers standen im Widerspruch
    /// zu Äußerungen von US-Präsident Donald Trump", "Kelly contradicted Trump"), or a rejection of the other side's words
    /// ("Wendt wies die Kritik zurück"), whose other side is the latest other speaker. A subject that names its person by
    /// a possessive ("Seine Forderung steht im Widerspruch zu …", "Her claim contradicts …") is that person's side.</summary>
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
                        if (left.Count == 0 && PossessiveSubject(context, discourse, c, nounBeforeCue: true) is { } owner)
                            left = [owner];
                        break;
                    case ContradictionCueKind.Rejection:
                        // The subject rejects "die Kritik": the object noun (after at most a determiner and an adjective)
                        // refers to the words of the latest other speaker.
                        left = [.. context.Mentions.Where(m => m.Last == c - 1 && m.Entity is not null).Select(m => m.Entity!)];
                        bool objectFollows = Enumerable.Range(afterCue, 3).Any(k => k < context.Tokens.Count && !context.InQuote[k] && cue.Objects.Contains(context.Tokens[k].Value));
                        right = objectFollows && left.Count == 1 && discourse.RecentSpeakers.FirstOrDefault(p => p != left[0]) is { } other ? [other] : [];
                        break;
                    case ContradictionCueKind.Relation when left.Count == 0:
                        if (PossessiveSubject(context, discourse, c, nounBeforeCue: false) is { } holder)
                            left = [holder];
                        break;
                }
                if (left.Count == 1 && right.Count == 1 && left[0] != right[0])
                    return new ContradictionCueMatch(left[0], right[0], cue.Display, context.Sentence);
            }
        }
        return null;
    }

    /// <summary>The person a possessive subject before token <paramref name="cue"/> refers to: the sentence opens (after at
    /// most a coordinator) with a possessive determiner, at most one adjective and a noun that names what a person said
    /// (<c>data/lexicon/utterance-nouns.tsv</c>), and for a verb cue (<paramref name="nounBeforeCue"/>) that noun stands right before it. "Seine Sprecherin" or
    /// "his party" name someone else and give no side. The possessive resolves like a personal pronoun; German "ihr…" is
    /// also "their" and resolves only to a woman the article has introduced as one.</summary>
    private PersonEntity? PossessiveSubject(SentenceContext context, Discourse discourse, int cue, bool nounBeforeCue)
    {
        List<Token> tokens = context.Tokens;
        int p = tokens.Count > 0 && tokens[0].Value is "Doch" or "Aber" or "Und" or "But" or "And" ? 1 : 0;
        if (p >= cue || context.InQuote[p] || !language.Possessives.TryGetValue(tokens[p].Value, out char gender))
            return null;
        int noun = p + 1;
        if (noun + 1 < cue && tokens[noun].IsWord && !language.UtteranceNouns.Contains(tokens[noun].Value))
            noun++;
        if (noun >= cue || context.InQuote[noun] || !language.UtteranceNouns.Contains(tokens[noun].Value))
            return null;
        if (nounBeforeCue && noun != cue - 1)
            return null;
        PersonEntity? person = discourse.ResolvePronoun(gender, context.Sentence.Index);
        return language.Language == "de" && gender == 'f' && person?.Gender != 'f' ? null : person;
    }
}
