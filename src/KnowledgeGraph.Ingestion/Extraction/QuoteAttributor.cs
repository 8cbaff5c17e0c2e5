using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Attributes a sentence's words to a speaker by its speech cue (<c>data/lexicon/speech-cues.*.tsv</c>): finite speech
/// verbs before or after the content, participles with an auxiliary, source phrases ("laut Kelly", "according to Kelly",
/// "Kelly zufolge"), interview answers ("Kelly: …") and quotations signed with a dash. One instance per article: it
/// adds the bare names it accepts to the sentence's mentions.
/// </summary>
internal sealed class QuoteAttributor(LanguageLexicon language, Grammar grammar, PersonRecognizer recognizer, SpeakerFinder speakers, ContentLocator locator)
{
    /// <summary>The cue of interview answers ("Seidel: …").</summary>
    public const string InterviewCue = ":";

    public bool HasImpersonalCue(SentenceContext context) =>
        language.SpeechCues.Where(c => c.Kind == SpeechCueKind.Impersonal)
            .Any(c => Enumerable.Range(0, context.Tokens.Count).Any(i => context.MatchesWords(i, c.Words)));

    public StatementMatch? FindStatement(SentenceContext context)
    {
        List<Token> tokens = context.Tokens;

        // A quotation signed with a dash: "\"So far, it's the Internet: 1, Scientology: 0.\" - Matthew Ingram".
        if (context.Quotes.Count == 1 && context.Quotes[0].Start == context.Sentence.Start
            && tokens.FindIndex(t => t.Start >= context.Quotes[0].End) is var dash && dash > 0 && tokens[dash].Value is "-" or "–" or "—"
            && tokens.Count - dash - 1 is 2 or 3 && recognizer.TryBareName(tokens, context.InQuote, dash + 1, tokens.Count - 1) is { Entity: { } signer } signed)
        {
            context.Mentions.Add(signed);
            return new StatementMatch(signer, context.Quotes[0].Start, context.Quotes[0].End, "-", StrippedQuote: true);
        }

        // Interviews: "Kelly: …".
        if (context.MentionStartingAt(0) is { Entity: { } interviewee, Kind: MentionKind.Named or MentionKind.Surname } head && context.Is(head.Last + 1, ":") && head.Last + 2 < tokens.Count)
            return new StatementMatch(interviewee, tokens[head.Last + 2].Start, context.Sentence.End, InterviewCue, StrippedQuote: true);

        for (int v = 0; v < tokens.Count; v++)
        {
            if (context.InQuote[v])
                continue;
            foreach (SpeechCue cue in language.SpeechCues)
            {
                if (!context.MatchesWords(v, cue.Words))
                    continue;
                if (cue.Particle is not null && !context.HasAfter(v + cue.Words.Count, cue.Particle))
                    continue;
                StatementMatch? match = cue.Kind switch
                {
                    SpeechCueKind.Verb => MatchVerb(context, v, cue),
                    SpeechCueKind.Participle => MatchParticiple(context, v, cue),
                    SpeechCueKind.Before => MatchSourceBefore(context, v, cue),
                    SpeechCueKind.After => MatchSourceAfter(context, v, cue),
                    _ => null,
                };
                if (match is not null)
                    return match;
            }
        }
        return null;
    }

    /// <summary>Reported content that a coordinated second speech verb of the same speaker divides ("…, and said …",
    /// "…, und betonte, …"): the first statement up to the coordinator, and the second one after its verb.</summary>
    public (StatementMatch First, StatementMatch Second)? SecondStatement(SentenceContext context, StatementMatch match)
    {
        if (match.RemoveStart >= 0 || match.SplitQuote || match.StrippedQuote)
            return null;
        List<Token> tokens = context.Tokens;
        for (int k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Start < match.ContentStart || tokens[k].End > match.ContentEnd || context.InQuote[k] || tokens[k].Value is not ("and" or "und"))
                continue;
            int verb = k + 1;
            SpeechCue? cue = language.SpeechCues.FirstOrDefault(c => c.Kind == SpeechCueKind.Verb && c.Words.Count == 1 && context.MatchesWords(verb, c.Words)
                && (c.Particle is null || context.HasAfter(verb + 1, c.Particle)));
            if (cue is null)
                continue;
            int content = locator.Start(context, verb + 1, cue);
            if (content < 0)
                return null;
            int firstEnd = k > 0 && tokens[k - 1].Value == "," ? tokens[k - 1].Start : tokens[k].Start;
            return (match with { ContentEnd = firstEnd }, match with { ContentStart = tokens[content].Start, CueToken = verb, Cue = cue.Display });
        }
        return null;
    }

    /// <summary>Finite speech verbs: "„…“, sagte Kelly", "…, fügte Kelly hinzu", "Kelly sagte, …", "Am Montag sagte
    /// Kelly, …", "\"…,\" Kelly said", "Kelly told reporters that …", and the frame inside the content: "„…“, sagte
    /// Kelly, „…“" (one quotation split in two), "Recipients, said Maurer, are required …".</summary>
    private StatementMatch? MatchVerb(SentenceContext context, int v, SpeechCue cue)
    {
        List<Token> tokens = context.Tokens;
        int afterVerb = v + cue.Words.Count;
        string cueText = cue.Display;
        // Content first, then ", <verb> <speaker>".
        // English "told X" names the addressee after the verb, never the speaker.
        bool inversionAllowed = !(grammar.Language == "en" && cue.Words[0] is "told" or "tells" or "asked" or "urged");
        if (inversionAllowed && locator.EndBefore(context, v) is var invertedEnd && invertedEnd >= 0)
        {
            PersonEntity? speaker = speakers.SpeakerAt(context, afterVerb, allowBareName: grammar.Language == "en");
            Mention? np = context.MentionStartingAt(NounPhrase.Start(context, grammar, afterVerb));
            if (speaker is not null && FramedContent(context, speaker, invertedEnd, np?.Last + 1 ?? afterVerb, cueText, v) is { } framed)
                return framed;
        }
        // English "…, Kelly said."
        if (grammar.AllowsSpeakerBeforeVerbAfterComma)
        {
            Mention? subject = context.MentionEndingAt(v - 1);
            if (subject is null && v >= 3 && locator.EndBefore(context, v - 2) >= 0 && recognizer.TryBareName(tokens, context.InQuote, v - 2, v - 1) is { } bare)
            {
                context.Mentions.Add(bare);
                subject = bare;
            }
            // "\"…,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.": a name with an apposition.
            if (subject is null && context.Is(v - 1, ","))
            {
                int quoteEnd = context.Quotes.Where(q => q.End <= context.Tokens[v - 1].Start).Select(q => q.End).DefaultIfEmpty(-1).Max();
                int afterQuote = quoteEnd < 0 ? -1 : tokens.FindIndex(t => t.Start >= quoteEnd && t.Value != ",");
                if (afterQuote > 0 && (context.MentionStartingAt(afterQuote) ?? speakers.BareNameAt(context, afterQuote)) is { Entity: not null } named
                    && context.Is(named.Last + 1, ",") && named.Last + 1 < v - 1)
                    subject = named;
            }
            // "…," team member Rodaba Noori told the press: descriptive words before the name belong to the frame.
            int frameStart = subject is null ? -1 : speakers.DescriptorStart(context, subject.First, allowLowercase: true);
            if (subject is { Entity: { } s } && locator.EndBefore(context, frameStart) is var contentEnd && contentEnd >= 0
                && FramedContent(context, s, contentEnd, grammar.SkipObject(tokens, afterVerb, cue.Words[0]), cueText, v) is { } framed)
                return framed;
        }
        // Subject first: "Kelly sagte, …", "Secretary Kelly said that …".
        Mention? pre = speakers.SubjectBefore(context, v);
        if (pre is not null)
        {
            if (pre.Entity is null)
                return null;
            // "Rathbun stated," / "Obama tweeted using his account:" closing the sentence: the next quotation is the content.
            if (context.Quotes.Count == 0 && tokens.Count > 0 && tokens[^1].Value is ":" or ",")
                return new StatementMatch(pre.Entity, context.Sentence.End, context.Sentence.End, cueText, StrippedQuote: false, v, AwaitsQuote: true);
            int content = locator.Start(context, afterVerb, cue);
            return content < 0 ? null : new StatementMatch(pre.Entity, tokens[content].Start, context.Sentence.End, cueText, StrippedQuote: false, v);
        }
        // Adverbial first, speaker after the verb: "Am Montag sagte Kelly, …" (German word order; in English the words
        // before the verb are its subject: "The State Department said John Kerry, …").
        if (grammar.Language == "de" && v > 0 && !context.Mentions.Any(m => m.Last < v) && !tokens.Take(v).Any(t => t.Value is "," or ":"))
        {
            int np = NounPhrase.Start(context, grammar, afterVerb);
            Mention? after = context.MentionStartingAt(np);
            if (after?.Entity is { } speaker)
            {
                int content = locator.Start(context, after.Last + 1, cue);
                if (content >= 0)
                    return new StatementMatch(speaker, tokens[content].Start, context.Sentence.End, cueText, StrippedQuote: false, v);
            }
        }
        return null;
    }

    /// <summary>The statement of a content-first sentence once the frame (verb, speaker, time, place) is read from
    /// <paramref name="frameFrom"/>: the content before it alone; or, when a comma and a quotation closing the sentence
    /// follow, both quotations; or, when a comma and more words follow, the sentence without the frame.</summary>
    private StatementMatch? FramedContent(SentenceContext context, PersonEntity speaker, int contentEnd, int frameFrom, string cue, int v)
    {
        List<Token> tokens = context.Tokens;
        // "In her opening remarks, Waters pointed out …": an introductory phrase is no content.
        if (tokens.Count > 0 && SpeakerFinder.IsIntroductory(tokens[0].Value) && !context.Quotes.Any(q => q.Start < contentEnd))
            return null;
        int count = 0;
        for (int i = frameFrom; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (t.Value == "," && !context.InQuote[i])
            {
                int next = i + 1;
                if (next >= tokens.Count - 1)
                    break;
                // "…, and told the police …": a second predicate of the same subject ends the frame.
                if (tokens[next].Value is "and" or "but" or "und" or "aber" or "doch")
                    break;
                // "…, sagte Kelly, der am Montag …": a relative or adverbial clause about the speaker is frame too.
                if (tokens[next].Value is "der" or "die" or "das" or "dem" or "den" or "dessen" or "deren" or "who" or "whose" or "which"
                    or "where" or "when" or "while" or "after" or "before" or "as" or "because" or "nachdem" or "als" or "wo" or "weil" or "während")
                    break;
                QuoteSpan? second = context.Quotes.Cast<QuoteSpan?>().FirstOrDefault(q => q!.Value.Start == tokens[next].Start);
                int removeStart = contentEnd;
                if (second is { } q && q.End >= context.Sentence.End - 1)
                    return new StatementMatch(speaker, context.Sentence.Start, context.Sentence.End, cue, StrippedQuote: true, v, removeStart, q.Start, SplitQuote: true);
                bool quotedStart = context.Quotes.Any(q2 => q2.Start == context.Sentence.Start);
                if (second is null && !quotedStart && context.Quotes.All(q2 => q2.End <= removeStart || q2.Start >= tokens[next].Start) && count <= 3)
                    return new StatementMatch(speaker, context.Sentence.Start, context.Sentence.End, cue, StrippedQuote: false, v, removeStart, tokens[next].Start);
                return null;
            }
            if (context.Quotes.Any(q => q.Start == t.Start) || t.Value == ":" || grammar.IsComplementizer(t.Value))
                return null;
            count++;
        }
        if (count > (grammar.Language == "en" ? 10 : 20))
            return null;
        return new StatementMatch(speaker, context.Sentence.Start, contentEnd, cue, StrippedQuote: true, v);
    }

    /// <summary>"Dieser hatte … gesagt, die Regelungen seien …": subject, auxiliary, participle, content; the subject may
    /// carry an apposition ("Valeska Paris, a former Scientologist, has claimed that …").</summary>
    private StatementMatch? MatchParticiple(SentenceContext context, int p, SpeechCue cue)
    {
        int start = NounPhrase.Start(context, grammar, 0);
        Mention? subject = context.Mentions.FirstOrDefault(m => m.First == start);
        // "Valeska Paris, an Australian woman, has claimed": a name nothing else introduces, before an apposition or the auxiliary.
        if (subject is null && speakers.BareNameAt(context, start) is { } bare)
        {
            if (context.Is(bare.Last + 1, ",") || (bare.Last + 1 < context.Tokens.Count && grammar.IsAuxiliary(context.Tokens[bare.Last + 1].Value)))
                subject = bare;
            else
                context.Mentions.Remove(bare);
        }
        if (subject?.Entity is null)
            return null;
        int aux = subject.Last + 1;
        if (context.Is(aux, ","))
        {
            int close = context.Tokens.FindIndex(aux + 1, t => t.Value == ",");
            aux = close > 0 && close < p ? close + 1 : -1;
        }
        if (aux < 0 || aux >= p || !grammar.IsAuxiliary(context.Tokens[aux].Value))
            return null;
        int content = locator.Start(context, p + 1, cue);
        return content < 0 ? null : new StatementMatch(subject.Entity, context.Tokens[content].Start, context.Sentence.End, cue.Display, StrippedQuote: false, p);
    }

    /// <summary>"nach den Worten von Kelly", "laut Kelly", "According to Kelly, …", "„…“, so Kelly".</summary>
    private StatementMatch? MatchSourceBefore(SentenceContext context, int c, SpeechCue cue)
    {
        List<Token> tokens = context.Tokens;
        int np = NounPhrase.Start(context, grammar, c + cue.Words.Count);
        Mention? source = context.MentionStartingAt(np);
        // "according to the Afghan team's coach, Alireza Mehraban", "in the words of the Crown prosecutor, Mark Tedeschi":
        // descriptive words before the mention.
        for (int k = np; source is null && k < Math.Min(tokens.Count, np + 5); k++)
        {
            Token t = tokens[k];
            if (context.InQuote[k] || !(t.IsCapitalized || t.Value.EndsWith("'s", StringComparison.Ordinal) || language.Titles.ContainsKey(t.Value)))
                break;
            source = context.MentionStartingAt(k + 1);
        }
        if (source is null && c == 0)
        {
            // "According to Afghan Ambassador to the United States Hamdullah Mohib, …": the first named person before the comma.
            int comma = context.Tokens.FindIndex(np, t => t.Value == ",");
            source = context.Mentions.FirstOrDefault(m => m.First >= np && (comma < 0 || m.Last < comma) && m.Kind == MentionKind.Named);
        }
        if (source?.Entity is not { } speaker || source.Kind is MentionKind.Pronoun)
            return null;
        // German "so" is a cue only in "„…“, so Kelly."
        if (cue.Words is ["so"] && !(context.Is(c - 1, ",") && c >= 2 && !tokens[c - 2].IsWord && source.Last + 2 >= tokens.Count))
            return null;
        if (cue.Words is ["so"])
            return new StatementMatch(speaker, context.Sentence.Start, tokens[c - 1].Start, cue.Display, StrippedQuote: true, c);
        // "…, in the words of the prosecutor, Mark Tedeschi, QC, \"…\"": the quotation after the source is the content.
        int after = source.Last + 1;
        while (after < tokens.Count && !context.Quotes.Any(q => q.Start == tokens[after].Start) && after - source.Last <= 4 && (tokens[after].Value == "," || tokens[after].IsCapitalized))
            after++;
        if (after < tokens.Count && after > source.Last + 1 && context.Quotes.FirstOrDefault(q => q.Start == tokens[after].Start) is { End: > 0 } quote)
            return new StatementMatch(speaker, quote.Start, quote.End, cue.Display, StrippedQuote: false, c);
        if (c == 0)
        {
            int start = source.Last + 1;
            if (context.Is(start, ","))
                start++;
            return start >= tokens.Count - 1 ? null : new StatementMatch(speaker, tokens[start].Start, context.Sentence.End, cue.Display, StrippedQuote: false, c);
        }
        // "…, according to Kristen Wilkins, assistant professor of photography." — the source (and an apposition) ends the sentence.
        bool appositionOnly = context.Is(source.Last + 1, ",") && !context.Quotes.Any(q => q.Start > tokens[source.Last].End) && tokens.Count - source.Last <= 14;
        if (context.Is(c - 1, ",") && (source.Last + 2 >= tokens.Count || appositionOnly))
            return new StatementMatch(speaker, context.Sentence.Start, tokens[c - 1].Start, cue.Display, StrippedQuote: true, c);
        // Embedded: the sentence without the attribution.
        return new StatementMatch(speaker, context.Sentence.Start, context.Sentence.End, cue.Display, StrippedQuote: false, c, tokens[c].Start, tokens[source.Last].End);
    }

    /// <summary>"Kelly zufolge …".</summary>
    private StatementMatch? MatchSourceAfter(SentenceContext context, int z, SpeechCue cue)
    {
        Mention? source = context.MentionEndingAt(z - 1);
        if (source?.Entity is not { } speaker || source.Kind is MentionKind.Pronoun)
            return null;
        List<Token> tokens = context.Tokens;
        int first = source.First;
        while (first > 0 && grammar.IsDeterminer(tokens[first - 1].Value))
            first--;
        return new StatementMatch(speaker, context.Sentence.Start, context.Sentence.End, cue.Display, StrippedQuote: false, z, tokens[first].Start, tokens[z + cue.Words.Count - 1].End);
    }
}
