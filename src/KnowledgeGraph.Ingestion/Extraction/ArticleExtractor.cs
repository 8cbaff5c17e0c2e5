using System.Text;
using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Extracts persons, statements and contradictions from one article. The patterns are shared by German and English;
/// the <see cref="Grammar"/> supplies what differs. Precision first: a statement is only produced when its speaker
/// resolves to a person; anything unclear is left out.
/// </summary>
internal sealed class ArticleExtractor(Lexicon lexicon, Grammar grammar)
{
    private readonly LanguageLexicon _language = lexicon.For(grammar.Language);
    private readonly ContradictionFinder _contradictions = new(lexicon.For(grammar.Language));

    public ArticleAnalysis Extract(string text, DateOnly? articleDate)
    {
        var discourse = new Discourse();
        var recognizer = new PersonRecognizer(lexicon, _language, grammar, discourse);
        var statements = new List<ExtractedStatement>();
        var cues = new List<(PersonEntity Left, PersonEntity Right, string Cue, Sentence Sentence)>();
        ExtractedStatement? previous = null;
        StatementMatch? awaiting = null;
        int awaitingSentence = -1;
        // A quotation opened and not closed in its sentence: its speaker and paragraph.
        (PersonEntity Speaker, int Paragraph)? open = null;

        foreach (Sentence sentence in SentenceSplitter.Split(text))
        {
            List<Token> tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
            List<QuoteSpan> quotes = QuoteFinder.Find(text, sentence.Start, sentence.End);
            bool[] inQuote = [.. tokens.Select(t => quotes.Any(q => t.Start >= q.Start && t.End <= q.End && t.Start != q.Start && t.End != q.End))];
            var context = new SentenceContext(text, sentence, tokens, quotes, inQuote);
            context.Mentions = recognizer.Recognize(tokens, inQuote, sentence.Index);

            bool impersonal = HasImpersonalCue(context);
            bool continuedRun = false;
            StatementMatch? match = impersonal ? null : FindStatement(context, recognizer);
            ExtractedStatement? statement = null;
            // "Rathbun stated," then a quoted paragraph: the quotation is the awaited content.
            if (match is null && awaiting is not null && awaitingSentence == sentence.Index - 1 && quotes.Count > 0 && quotes[0].Start == sentence.Start)
                match = awaiting with { ContentStart = sentence.Start, ContentEnd = sentence.End, AwaitsQuote = false, CueToken = -1 };
            awaiting = null;
            if (match is { AwaitsQuote: true })
            {
                (awaiting, awaitingSentence) = (match, sentence.Index);
                discourse.NoteSpeaker(match.Speaker, sentence.Index);
                match = null;
            }
            else if (match is not null)
            {
                // "Cooper said her party has supported the idea, and said it was damning …": two statements.
                if (SecondStatement(context, match) is var (first, second))
                {
                    if (Build(context, first, articleDate) is { } one)
                        statements.Add(one);
                    match = second;
                }
                statement = Build(context, match, articleDate);
            }
            else if (open is { } run && QuotedRun(context, run.Speaker, run.Paragraph) is { } runMatch)
            {
                statement = Build(context, runMatch, articleDate);
                continuedRun = true;
            }
            else if (!impersonal && previous is not null && previous.SentenceIndex == sentence.Index - 1 && sentence.Paragraph - previous.Paragraph <= 1)
                statement = Continue(context, previous, articleDate);

            // The quotation stays open while no closing mark ends it ("He said, \"In the first half …" to the next paragraph).
            (int Position, bool Opening)? mark = statement is null ? null : UnpairedMark(context);
            open = statement is null ? null
                : mark is { Opening: true } || (mark is null && continuedRun) ? (statement.Speaker, sentence.Paragraph)
                : null;

            if (statement is not null)
            {
                statements.Add(statement);
                discourse.NoteSpeaker(statement.Speaker, sentence.Index);
            }
            previous = statement;

            if (_contradictions.Find(context, discourse) is { } contradiction)
                cues.Add((contradiction.Left, contradiction.Right, contradiction.Cue, sentence));

            var named = new List<PersonEntity>();
            foreach (Mention m in context.Mentions)
            {
                if (m.Entity is null)
                    continue;
                named.Add(m.Entity);
                if (m.Kind is MentionKind.Named or MentionKind.Surname)
                    discourse.NoteMention(m.Entity);
            }
            discourse.PreviousSentenceMentions = named;
        }

        // One contradiction per pair of statements, whichever cue found it first (two cues may point at the same pair).
        List<ExtractedContradiction> contradictions = [.. cues.SelectMany(c => ContradictionFinder.Pair(statements, c.Left, c.Right, c.Cue, c.Sentence))
            .DistinctBy(c => c.First.SentenceStart < c.Second.SentenceStart || (c.First.SentenceStart == c.Second.SentenceStart && string.CompareOrdinal(c.First.Text, c.Second.Text) <= 0)
                ? (c.First, c.Second) : (c.Second, c.First))];
        return new ArticleAnalysis(grammar.Language, discourse.Persons, statements, contradictions);
    }

    /// <summary>Reported content that a coordinated second speech verb of the same speaker divides ("…, and said …",
    /// "…, und betonte, …"): the first statement up to the coordinator, and the second one after its verb.</summary>
    private (StatementMatch First, StatementMatch Second)? SecondStatement(SentenceContext context, StatementMatch match)
    {
        if (match.RemoveStart >= 0 || match.SplitQuote || match.StrippedQuote)
            return null;
        List<Token> tokens = context.Tokens;
        for (int k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Start < match.ContentStart || tokens[k].End > match.ContentEnd || context.InQuote[k] || tokens[k].Value is not ("and" or "und"))
                continue;
            int verb = k + 1;
            SpeechCue? cue = _language.SpeechCues.FirstOrDefault(c => c.Kind == SpeechCueKind.Verb && c.Words.Count == 1 && context.MatchesWords(verb, c.Words)
                && (c.Particle is null || context.HasAfter(verb + 1, c.Particle)));
            if (cue is null)
                continue;
            int content = ContentStart(context, verb + 1, cue);
            if (content < 0)
                return null;
            int firstEnd = k > 0 && tokens[k - 1].Value == "," ? tokens[k - 1].Start : tokens[k].Start;
            return (match with { ContentEnd = firstEnd }, match with { ContentStart = tokens[content].Start, CueToken = verb, Cue = cue.Display });
        }
        return null;
    }

    /// <summary>A sentence inside a quotation that an earlier sentence opened: the rest of its paragraph, and the next
    /// paragraph when it opens with a quotation mark or closes the quotation ("…early.\"").</summary>
    private StatementMatch? QuotedRun(SentenceContext context, PersonEntity speaker, int paragraph)
    {
        Sentence s = context.Sentence;
        (int Position, bool Opening)? mark = UnpairedMark(context);
        bool sameParagraph = s.Paragraph == paragraph;
        bool nextParagraph = s.Paragraph == paragraph + 1 && (QuotationMarks.IsMark(context.ArticleText[s.Start]) || mark is { Opening: false });
        if (!sameParagraph && !nextParagraph || mark is { Opening: true } && mark.Value.Position > s.Start)
            return null;
        int end = mark is { Opening: false } closing ? closing.Position : s.End;
        return new StatementMatch(speaker, s.Start, end, "continuation", StrippedQuote: true, QuotedRun: true);
    }

    /// <summary>The first quotation mark of the sentence that no quotation found in it pairs, and whether it opens a
    /// quotation: German „ and », English “, and a straight mark before a word; a closing mark follows a word.</summary>
    private (int Position, bool Opening)? UnpairedMark(SentenceContext context)
    {
        string text = context.ArticleText;
        for (int i = context.Sentence.Start; i < context.Sentence.End; i++)
        {
            char c = text[i];
            if (!QuotationMarks.IsMark(c) && c is not ('”' or '«') || context.Quotes.Any(q => i >= q.Start && i < q.End))
                continue;
            bool wordAfter = i + 1 < context.Sentence.End && char.IsLetterOrDigit(text[i + 1]);
            bool wordBefore = i > context.Sentence.Start && !char.IsWhiteSpace(text[i - 1]);
            bool opening = c switch
            {
                '„' or '»' or '‚' => true,
                '”' or '«' => false,
                '“' => grammar.Language == "en" && wordAfter && !wordBefore,
                _ => wordAfter && !wordBefore,
            };
            // A straight or English mark that neither clearly opens nor closes says nothing.
            if (!opening && !wordBefore && c is '"' or '“')
                continue;
            return (i, opening);
        }
        return null;
    }

    /// <summary>The cue of interview answers ("Seidel: …").</summary>
    private const string InterviewCue = ":";

    private bool HasImpersonalCue(SentenceContext context) =>
        _language.SpeechCues.Where(c => c.Kind == SpeechCueKind.Impersonal)
            .Any(c => Enumerable.Range(0, context.Tokens.Count).Any(i => context.MatchesWords(i, c.Words)));

    private StatementMatch? FindStatement(SentenceContext context, PersonRecognizer recognizer)
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
            foreach (SpeechCue cue in _language.SpeechCues)
            {
                if (!context.MatchesWords(v, cue.Words))
                    continue;
                if (cue.Particle is not null && !context.HasAfter(v + cue.Words.Count, cue.Particle))
                    continue;
                StatementMatch? match = cue.Kind switch
                {
                    SpeechCueKind.Verb => MatchVerb(context, recognizer, v, cue),
                    SpeechCueKind.Participle => MatchParticiple(context, recognizer, v, cue),
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

    /// <summary>Finite speech verbs: "„…“, sagte Kelly", "…, fügte Kelly hinzu", "Kelly sagte, …", "Am Montag sagte
    /// Kelly, …", "\"…,\" Kelly said", "Kelly told reporters that …", and the frame inside the content: "„…“, sagte
    /// Kelly, „…“" (one quotation split in two), "Recipients, said Maurer, are required …".</summary>
    private StatementMatch? MatchVerb(SentenceContext context, PersonRecognizer recognizer, int v, SpeechCue cue)
    {
        List<Token> tokens = context.Tokens;
        int afterVerb = v + cue.Words.Count;
        string cueText = cue.Display;
        // Content first, then ", <verb> <speaker>".
        // English "told X" names the addressee after the verb, never the speaker.
        bool inversionAllowed = !(grammar.Language == "en" && cue.Words[0] is "told" or "tells" or "asked" or "urged");
        if (inversionAllowed && ContentEndBefore(context, v) is var invertedEnd && invertedEnd >= 0)
        {
            PersonEntity? speaker = SpeakerAt(context, recognizer, afterVerb, allowBareName: grammar.Language == "en");
            Mention? np = context.MentionStartingAt(SkipDeterminers(context, afterVerb));
            if (speaker is not null && FramedContent(context, speaker, invertedEnd, np?.Last + 1 ?? afterVerb, cueText, v) is { } framed)
                return framed;
        }
        // English "…, Kelly said."
        if (grammar.AllowsSpeakerBeforeVerbAfterComma)
        {
            Mention? subject = context.MentionEndingAt(v - 1);
            if (subject is null && v >= 3 && ContentEndBefore(context, v - 2) >= 0 && recognizer.TryBareName(tokens, context.InQuote, v - 2, v - 1) is { } bare)
            {
                context.Mentions.Add(bare);
                subject = bare;
            }
            // "\"…,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.": a name with an apposition.
            if (subject is null && context.Is(v - 1, ","))
            {
                int quoteEnd = context.Quotes.Where(q => q.End <= context.Tokens[v - 1].Start).Select(q => q.End).DefaultIfEmpty(-1).Max();
                int afterQuote = quoteEnd < 0 ? -1 : tokens.FindIndex(t => t.Start >= quoteEnd && t.Value != ",");
                if (afterQuote > 0 && (context.MentionStartingAt(afterQuote) ?? BareNameAt(context, recognizer, afterQuote)) is { Entity: not null } named
                    && context.Is(named.Last + 1, ",") && named.Last + 1 < v - 1)
                    subject = named;
            }
            // "…," team member Rodaba Noori told the press: descriptive words before the name belong to the frame.
            int frameStart = subject is null ? -1 : DescriptorStart(context, subject.First, allowLowercase: true);
            if (subject is { Entity: { } s } && ContentEndBefore(context, frameStart) is var contentEnd && contentEnd >= 0
                && FramedContent(context, s, contentEnd, grammar.SkipObject(tokens, afterVerb, cue.Words[0]), cueText, v) is { } framed)
                return framed;
        }
        // Subject first: "Kelly sagte, …", "Secretary Kelly said that …".
        Mention? pre = SubjectBefore(context, recognizer, v);
        if (pre is not null)
        {
            if (pre.Entity is null)
                return null;
            // "Rathbun stated," / "Obama tweeted using his account:" closing the sentence: the next quotation is the content.
            if (context.Quotes.Count == 0 && tokens.Count > 0 && tokens[^1].Value is ":" or ",")
                return new StatementMatch(pre.Entity, context.Sentence.End, context.Sentence.End, cueText, StrippedQuote: false, v, AwaitsQuote: true);
            int content = ContentStart(context, afterVerb, cue);
            return content < 0 ? null : new StatementMatch(pre.Entity, tokens[content].Start, context.Sentence.End, cueText, StrippedQuote: false, v);
        }
        // Adverbial first, speaker after the verb: "Am Montag sagte Kelly, …" (German word order; in English the words
        // before the verb are its subject: "The State Department said John Kerry, …").
        if (grammar.Language == "de" && v > 0 && !context.Mentions.Any(m => m.Last < v) && !tokens.Take(v).Any(t => t.Value is "," or ":"))
        {
            int np = SkipDeterminers(context, afterVerb);
            Mention? after = context.MentionStartingAt(np);
            if (after?.Entity is { } speaker)
            {
                int content = ContentStart(context, after.Last + 1, cue);
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
        if (tokens.Count > 0 && IsIntroductory(tokens[0].Value) && !context.Quotes.Any(q => q.Start < contentEnd))
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
    private StatementMatch? MatchParticiple(SentenceContext context, PersonRecognizer recognizer, int p, SpeechCue cue)
    {
        int start = SkipDeterminers(context, 0);
        Mention? subject = context.Mentions.FirstOrDefault(m => m.First == start);
        // "Valeska Paris, an Australian woman, has claimed": a name nothing else introduces, before an apposition or the auxiliary.
        if (subject is null && BareNameAt(context, recognizer, start) is { } bare)
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
        int content = ContentStart(context, p + 1, cue);
        return content < 0 ? null : new StatementMatch(subject.Entity, context.Tokens[content].Start, context.Sentence.End, cue.Display, StrippedQuote: false, p);
    }

    /// <summary>"nach den Worten von Kelly", "laut Kelly", "According to Kelly, …", "„…“, so Kelly".</summary>
    private StatementMatch? MatchSourceBefore(SentenceContext context, int c, SpeechCue cue)
    {
        List<Token> tokens = context.Tokens;
        int np = SkipDeterminers(context, c + cue.Words.Count);
        Mention? source = context.MentionStartingAt(np);
        // "according to the Afghan team's coach, Alireza Mehraban", "in the words of the Crown prosecutor, Mark Tedeschi":
        // descriptive words before the mention.
        for (int k = np; source is null && k < Math.Min(tokens.Count, np + 5); k++)
        {
            Token t = tokens[k];
            if (context.InQuote[k] || !(t.IsCapitalized || t.Value.EndsWith("'s", StringComparison.Ordinal) || _language.Titles.ContainsKey(t.Value)))
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

    /// <summary>The subject of a verb at <paramref name="v"/> when it fills the field before it: a mention (with
    /// determiners) right before the verb, or an apposition ("Kelly, the secretary, said"). English subjects may follow an
    /// introductory phrase ("According to the Herald, Professor John Burrows … said") or a coordinator (", but he replied")
    /// and may carry a descriptive phrase before the name ("University of Texas Muslim Student Association president Sehar
    /// Memon said").</summary>
    private Mention? SubjectBefore(SentenceContext context, PersonRecognizer recognizer, int v)
    {
        if (v == 0)
            return null;
        int start = SkipDeterminers(context, 0);
        Mention? m = context.MentionEndingAt(v - 1);
        if (m is not null && m.First == start)
            return m;
        // "Der Vorsitzende des Landeselternrats, Michael Bauer, sagte": an apposition closed by a comma.
        if (context.Is(v - 1, ",") && context.MentionEndingAt(v - 2) is { } closed && closed.First == start)
            return closed;
        // "Bundesinnenministerin Sabine Falk, die für den Bund verhandelt, sagte": a relative clause between commas.
        if (grammar.Language == "de" && context.MentionStartingAt(start) is { } relHead && context.Is(relHead.Last + 1, ",") && context.Is(v - 1, ",")
            && v - 1 > relHead.Last + 2 && context.Tokens[relHead.Last + 2].Value is "der" or "die" or "den" or "dem" or "dessen" or "deren" or "welche" or "welcher"
            && !context.Tokens.Skip(relHead.Last + 2).Take(v - relHead.Last - 3).Any(t => t.Value == ","))
            return relHead;
        if (grammar.Language != "en")
            return null;
        List<Token> tokens = context.Tokens;
        foreach (int clause in ClauseStarts(context, v))
        {
            int first = SkipDeterminers(context, clause);
            // Adverbs between subject and verb: "Kelly also said", "He later told".
            int e = v - 1;
            while (e > first && tokens[e].Value is "also" or "later" or "then" or "previously" or "further" or "again" or "repeatedly" or "once" or "earlier")
                e--;
            Mention? subject = context.MentionEndingAt(e);
            if (subject is null && e > first && recognizer.TryBareName(tokens, context.InQuote, Math.Max(first, e - 1), e) is { } bare && DescriptorStart(context, bare.First, allowLowercase: false) <= first)
            {
                context.Mentions.Add(bare);
                subject = bare;
            }
            if (subject is not null && subject.First >= first && DescriptorStart(context, subject.First, allowLowercase: false) <= first)
                return subject;
            // "Jeff Rathke, the State Department spokesperson, said"; "Lydia Buchtmann for Food Standards Australia, says".
            if (context.Is(v - 1, ","))
            {
                Mention? head = context.Mentions.FirstOrDefault(x => x.Entity is not null && x.First >= first && x.Last < v - 2 && DescriptorStart(context, x.First, allowLowercase: false) <= first)
                    ?? BareNameAt(context, recognizer, first);
                if (head is not null && head.Last + 1 < v - 1 && (context.Is(head.Last + 1, ",") || tokens[head.Last + 1].Value is "for" or "of" or "from" or "at")
                    && !tokens.Skip(head.Last + 2).Take(v - head.Last - 3).Any(t => t.Value is ":" || grammar.IsComplementizer(t.Value)))
                    return head;
            }
            // "… Devocht, who had told Montalvo he would assist him": the relative pronoun's antecedent.
            int who = e;
            while (who > first && tokens[who].IsWord && grammar.IsAuxiliary(tokens[who].Value))
                who--;
            if (tokens[who].Value == "who" && context.Is(who - 1, ",") && context.MentionEndingAt(who - 2) is { Entity: not null } antecedent)
                return antecedent;
            // "Mark Zuckerberg tweeted to Mohamed and said": the subject of the first predicate.
            if (tokens[e].Value == "and" && context.Mentions.FirstOrDefault(x => x.First >= first && x.Last < e) is { } conjoined
                && DescriptorStart(context, conjoined.First, allowLowercase: false) <= first && !tokens.Skip(conjoined.Last + 1).Take(e - conjoined.Last - 1).Any(t => t.Value == ","))
                return conjoined;
        }
        return null;
    }

    /// <summary>Where a clause may start before the verb at <paramref name="v"/>: the sentence start, after an introductory
    /// phrase closed by a comma ("According to the Herald, …", "Speaking in the parents' defense, …"), or after a coordinator
    /// (", but he replied"). Nearest first.</summary>
    private static List<int> ClauseStarts(SentenceContext context, int v)
    {
        List<Token> tokens = context.Tokens;
        var starts = new List<int>();
        bool introduced = tokens.Count > 0 && IsIntroductory(tokens[0].Value);
        for (int i = v - 1; i > 0; i--)
        {
            if (context.InQuote[i] || tokens[i].Value != ",")
                continue;
            if (i + 1 < v && tokens[i + 1].Value is "but" or "and" or "while" or "so" or "yet" or "with")
                starts.Add(i + 2);
            else if (introduced)
                starts.Add(i + 1);
        }
        starts.Add(0);
        return starts;
    }

    /// <summary>Words that open an introductory phrase before the subject ("According to …,", "In her remarks,").</summary>
    private static bool IsIntroductory(string word) => word is "According" or "After" or "Before" or "In" or "On" or "At" or "During" or "Speaking"
        or "Discussing" or "Asked" or "Citing" or "Meanwhile" or "However" or "Earlier" or "Later" or "Also" or "Separately" or "Responding"
        or "Writing" or "Following" or "Despite" or "While" or "When" or "As" or "Since" or "Though" or "Although" or "Yesterday" or "Today" or "Last"
        or "Allegedly" or "Nach" or "Bei" or "Am" or "Im" or "Auf" or "Laut" or "Zuvor" or "Später";

    /// <summary>The first token of the descriptive phrase that ends right before <paramref name="index"/> (capitalised
    /// words, titles, country words, possessives and the function words of names of organisations: "University of Texas
    /// Arlington Muslim Student Association president"); <paramref name="index"/> when there is none.</summary>
    private int DescriptorStart(SentenceContext context, int index, bool allowLowercase)
    {
        int k = index;
        int lowercase = 0;
        while (k > 0)
        {
            Token t = context.Tokens[k - 1];
            if (context.InQuote[k - 1] || !t.IsWord && t.Value is not ("-" or "&" or "'" or "’"))
                break;
            bool descriptor = t.IsCapitalized || _language.Titles.ContainsKey(t.Value) || t.Value.EndsWith("'s", StringComparison.Ordinal)
                || t.Value is "of" or "at" or "for" or "the" or "and" or "in" or "on" or "de" or "-" or "&";
            if (!descriptor)
            {
                if (!allowLowercase || ++lowercase > 2)
                    break;
            }
            k--;
        }
        // Function words cannot open the phrase.
        while (k < index && context.Tokens[k].Value is "of" or "at" or "for" or "and" or "in" or "on" or "-" or "&")
            k++;
        return k;
    }

    /// <summary>A bare name (two or three capitalised words the recognizer accepts) at <paramref name="start"/>.</summary>
    private static Mention? BareNameAt(SentenceContext context, PersonRecognizer recognizer, int start)
    {
        int end = start;
        while (end < context.Tokens.Count && context.Tokens[end].IsCapitalized && end - start < 3)
            end++;
        if (end - start < 2 || recognizer.TryBareName(context.Tokens, context.InQuote, start, end - 1) is not { } bare)
            return null;
        context.Mentions.Add(bare);
        return bare;
    }

    /// <summary>The speaker right after an inverted verb: "sagte Kelly", "sagte der Minister", "said Kelly", "sagte er".</summary>
    private PersonEntity? SpeakerAt(SentenceContext context, PersonRecognizer recognizer, int index, bool allowBareName)
    {
        int np = SkipDeterminers(context, index);
        if (context.MentionStartingAt(np) is { } m)
            return m.Entity;
        if (allowBareName)
        {
            int end = np;
            while (end < context.Tokens.Count && context.Tokens[end].IsCapitalized && end - np < 3)
                end++;
            if (end - np >= 2 && (end >= context.Tokens.Count || !context.Tokens[end].IsCapitalized) && recognizer.TryBareName(context.Tokens, context.InQuote, np, end - 1) is { } bare)
            {
                context.Mentions.Add(bare);
                return bare.Entity;
            }
        }
        return null;
    }

    /// <summary>Where the content starts after a speech verb: a quotation, the clause after ':' or ',', or after
    /// "dass"/"that"; -1 when there is none.</summary>
    private int ContentStart(SentenceContext context, int index, SpeechCue cue)
    {
        List<Token> tokens = context.Tokens;
        int first = grammar.SkipObject(tokens, index, cue.Words[0]);
        for (int i = first; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (context.InQuote[i] || context.Quotes.Any(q => q.Start == t.Start))
                return i;
            if (t.Value is ":" or ",")
            {
                // English "Obama tweeted, using his account, \"…\"": the quotation is the content.
                if (grammar.Language == "en" && context.Quotes.FirstOrDefault(q => q.Start > t.Start) is { End: > 0 } quote)
                    return tokens.FindIndex(x => x.Start == quote.Start);
                int next = i + 1;
                // "räumte ein, dass …": the complementizer is no part of the content.
                if (next < tokens.Count - 1 && grammar.IsComplementizer(tokens[next].Value) && !context.InQuote[next])
                    next++;
                // English "pointed out those features, noting …": a participle after the comma is no content.
                if (grammar.Language == "en" && next < tokens.Count && tokens[next].IsWord && !tokens[next].IsCapitalized && tokens[next].Value.EndsWith("ing", StringComparison.Ordinal))
                    return -1;
                return next < tokens.Count - 1 ? next : -1;
            }
            // "that" opens the content right after the verb, its frame or addressee; after an object it is a relative
            // pronoun ("announced the locations that would be given …").
            if (grammar.IsComplementizer(t.Value))
            {
                bool afterFrame = grammar.Language != "en" || i == first || IsFrameWord(tokens[first].Value) || tokens[first].IsCapitalized || !tokens[first].IsWord;
                return afterFrame && i + 1 < tokens.Count - 1 ? i + 1 : -1;
            }
            // The particle of a separable verb closes the frame: "räumte zugleich ein, dass …".
            if (t.Value == cue.Particle)
                continue;
            // English clauses without "that" ("said the plan was dead") follow verbs of saying and thinking; other verbs
            // take objects ("pointed out those features"), except an addressee before an infinitive ("asked them not to …").
            if (grammar.Language == "en" && i == first && t.IsWord && !IsFrameWord(t.Value)
                && (s_bareClauseVerbs.Contains(cue.Words[0]) || (first > index || cue.Words[0] is "asked" or "urged") && tokens.Skip(i).Take(8).Any(x => x.Value == "to")))
                return tokens.Count - i >= 4 ? i : -1;
        }
        return -1;
    }

    /// <summary>Where content ends when it precedes token <paramref name="index"/>: at a comma ("…, sagte Kelly") or,
    /// in English, at a quotation closed right before it with the comma inside ("\"…,\" Kelly said"); -1 otherwise.</summary>
    private int ContentEndBefore(SentenceContext context, int index)
    {
        if (index - 1 <= 0)
            return -1;
        if (context.Is(index - 1, ","))
            return context.Tokens[index - 1].Start;
        Token before = context.Tokens[index - 1];
        if (grammar.Language == "en" && context.Quotes.Any(q => q.End == before.End))
            return before.End;
        return -1;
    }

    private static readonly HashSet<string> s_bareClauseVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "claimed", "claims", "claim", "argued", "argues",
        "insisted", "insists", "explained", "explains", "noted", "notes", "warned", "warns", "wrote", "writes", "suggested", "admitted",
        "admits", "acknowledged", "conceded", "observed", "concluded", "estimated", "predicted", "asserted", "maintained", "confirmed",
        "reported", "recalled", "complained", "believes", "believed", "thinks", "thought", "agreed", "reiterated", "cautioned", "tweeted",
    };

    private static bool IsFrameWord(string word) => word is "on" or "in" or "at" or "during" or "after" or "before" or "last" or "yesterday" or "today" or "earlier" or "later" or "also" or "in" or "to";

    /// <summary>A sentence without a cue of its own that goes on with the previous statement's speaker: the rest of an
    /// interview answer, a sentence that is one quotation, or (German) reported speech in Konjunktiv I — or Konjunktiv II
    /// standing in for it right after a statement. The run's date and place carry over: it was said on the same occasion.</summary>
    private ExtractedStatement? Continue(SentenceContext context, ExtractedStatement previous, DateOnly? articleDate)
    {
        List<Token> tokens = context.Tokens;
        if (tokens.Count == 0)
            return null;
        bool interview = previous.Cue == InterviewCue && previous.Paragraph == context.Sentence.Paragraph;
        bool wholeQuote = context.Quotes.Count == 1 && context.Quotes[0].Start == context.Sentence.Start && context.Quotes[0].End >= context.Sentence.End - 1;
        bool reported = false;
        if (grammar.Language == "de" && !interview && !wholeQuote)
        {
            List<Token> clause = grammar.MainClause(context.Tokens, context.InQuote);
            // A named person opening the sentence is usually its subject and a new topic; in Konjunktiv I it is still the
            // reported speaker's words ("Bundeskanzler Martin Kranz werde sich nicht einmischen").
            bool namedSubject = context.Mentions.Any(m => m.Kind is MentionKind.Named && m.First == SkipDeterminers(context, 0));
            reported = grammar.IsReported(clause, allowSubstitute: false) || (!namedSubject && grammar.IsReported(clause, allowSubstitute: true) && !HasIndicativeFrame(clause));
        }
        if (!interview && !wholeQuote && !reported)
            return null;
        var match = new StatementMatch(previous.Speaker, context.Sentence.Start, context.Sentence.End, interview ? InterviewCue : "continuation", StrippedQuote: interview);
        ExtractedStatement? statement = Build(context, match, articleDate);
        if (statement is not null)
        {
            statement.Date ??= previous.Date;
            statement.Place ??= previous.Place;
        }
        return statement;
    }

    /// <summary>Konjunktiv II also marks the journalist's own conditionals ("Hätte man früher gehandelt, …"): a main clause
    /// that opens with the conditional is not taken as reported speech on Konjunktiv II alone.</summary>
    private static bool HasIndicativeFrame(List<Token> clause) =>
        clause.Count > 0 && clause[0].Value is "Wenn" or "Falls" or "Ob" or "Hätte" or "Wäre" or "Würde";

    private ExtractedStatement? Build(SentenceContext context, StatementMatch match, DateOnly? articleDate)
    {
        string article = context.ArticleText;
        int start = match.ContentStart;
        int end = match.ContentEnd;
        while (start < end && (char.IsWhiteSpace(article[start]) || article[start] == ','))
            start++;
        while (end > start && (char.IsWhiteSpace(article[end - 1]) || article[end - 1] is '.' or ',' or '!' or '?' or ':' or ';' && !IsInsideQuote(context, end - 1)))
            end--;
        if (end - start < 2)
            return null;
        // A source note after a quotation is not part of it: "\"a discussion table will be opened\" ((it))".
        if (context.Quotes.FirstOrDefault(q => q.Start == start) is { End: > 0 } opening && opening.End < end && QuotationMarks.IsParenthetical(article, opening.End, end))
            end = opening.End;
        QuoteSpan? whole = context.Quotes.Cast<QuoteSpan?>().FirstOrDefault(q => q!.Value.Start == start && q.Value.End >= end);
        string text;
        QuoteType type;
        if (match.QuotedRun)
        {
            text = string.Concat(article[start..end].Where(c => !QuotationMarks.IsMark(c) && c is not ('”' or '«')));
            type = QuoteType.Direct;
        }
        else if (match.SplitQuote)
        {
            text = string.Concat(Remove(article, start, end, match.RemoveStart, match.RemoveEnd).Where(c => !QuotationMarks.IsMark(c)));
            type = QuoteType.Direct;
        }
        else if (whole is { } q)
        {
            int contentEnd = q.ContentEnd;
            while (contentEnd > q.ContentStart && article[contentEnd - 1] is ',' or ' ')
                contentEnd--;
            text = article[q.ContentStart..contentEnd];
            type = QuoteType.Direct;
        }
        else if (QuotationMarks.IsMark(article[start]) && !context.Quotes.Any(x => x.Start == start) && match.RemoveStart < 0)
        {
            // A quotation that goes on in the next paragraph has no closing mark here.
            text = article[(start + 1)..end];
            type = QuoteType.Direct;
        }
        else
        {
            text = match.RemoveStart >= 0 ? Remove(article, start, end, match.RemoveStart, match.RemoveEnd) : article[start..end];
            List<Token> contentTokens = [.. context.Tokens.Where(t => t.Start >= start && t.End <= end)];
            type = match.Cue == InterviewCue ? QuoteType.Direct
                : grammar.IsReported(contentTokens, allowSubstitute: true) || match.RemoveStart >= 0 || !match.StrippedQuote ? QuoteType.Reported : QuoteType.Direct;
            if (match.StrippedQuote && grammar.Language == "en" && type == QuoteType.Direct && context.Quotes.Count == 0)
                type = QuoteType.Reported;
        }
        text = Collapse(text);
        if (text.Length < 2)
            return null;
        Sentence s = context.Sentence;
        var statement = new ExtractedStatement(match.Speaker, text, type, match.Cue, s.Index, s.Paragraph, s.Start, s.End, s.Text);
        // The frame (attribution) tells when and where; the content tells what about.
        List<Token> frame = [.. context.Tokens.Where(t => (t.End <= start || t.Start >= end || (t.Start >= match.RemoveStart && t.End <= match.RemoveEnd)))];
        statement.Date = ResolveDate(frame, articleDate);
        statement.Place = ResolvePlace(frame);
        foreach (PolicyEntry policy in lexicon.Policies)
        {
            if (policy.For(grammar.Language).IsMatch(s.Text))
                statement.Policies.Add(policy);
        }
        return statement;
    }

    private static bool IsInsideQuote(SentenceContext context, int position) => context.Quotes.Any(q => position > q.Start && position < q.End - 1);

    private static string Remove(string article, int start, int end, int removeStart, int removeEnd)
    {
        var sb = new StringBuilder();
        sb.Append(article, start, Math.Max(0, removeStart - start));
        sb.Append(' ');
        if (removeEnd < end)
            sb.Append(article, removeEnd, end - removeEnd);
        return sb.ToString().Replace(" ,", ",", StringComparison.Ordinal);
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else
                sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private DateOnly? ResolveDate(List<Token> frame, DateOnly? articleDate)
    {
        if (articleDate is not { } date)
            return null;
        DateOnly? found = null;
        for (int i = 0; i < frame.Count; i++)
        {
            if (grammar.DaysBefore(frame[i].Value, date.DayOfWeek) is not { } back)
                continue;
            if (i > 0 && grammar.IsFutureMarker(frame[i - 1].Value))
                return null;
            DateOnly day = date.AddDays(-back);
            if (found is not null && found != day)
                return null;
            found = day;
        }
        return found;
    }

    private PlaceEntry? ResolvePlace(List<Token> frame)
    {
        for (int i = 0; i + 1 < frame.Count; i++)
        {
            if (!grammar.IsLocativePreposition(frame[i].Value))
                continue;
            int at = i + 1;
            // "in den USA", "at the White House".
            if (at < frame.Count && frame[at].Value is "den" or "der" or "the")
                at++;
            foreach ((IReadOnlyList<string> words, PlaceEntry place) in _language.PlaceForms)
            {
                if (at + words.Count > frame.Count)
                    continue;
                bool match = true;
                for (int k = 0; k < words.Count && match; k++)
                    match = frame[at + k].Value == words[k];
                if (match)
                    return place;
            }
        }
        return null;
    }

    private int SkipDeterminers(SentenceContext context, int index)
    {
        int start = index;
        while (index < context.Tokens.Count && grammar.IsDeterminer(context.Tokens[index].Value) && context.MentionStartingAt(index) is null)
            index++;
        // German attributive adjectives after a determiner: "Der stellvertretende Vorsitzende", "die verteidigungspolitische Sprecherin".
        if (grammar.Language == "de" && index > start)
        {
            int k = index;
            while (k < context.Tokens.Count && context.Tokens[k].IsWord && !context.Tokens[k].IsCapitalized && !context.InQuote[k]
                   && context.Tokens[k].Value is var w && (w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal)))
                k++;
            if (k > index && context.MentionStartingAt(k) is not null)
                index = k;
        }
        return index;
    }
}
