using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Extracts persons, statements and contradictions from one article, sentence by sentence: <see cref="PersonRecognizer"/>
/// finds the persons, <see cref="QuoteAttributor"/> a statement with a cue of its own, <see cref="StatementRuns"/> one that
/// goes on with an earlier speaker, <see cref="StatementBuilder"/> turns either into a statement, and
/// <see cref="ContradictionFinder"/> notes contradiction cues; at the end <see cref="ContradictionLinker"/> links the
/// statements the cues refer to and <see cref="PolarityConflicts"/> adds opposite stances on the same policy. The patterns
/// are shared by German and English; the <see cref="Grammar"/> supplies what differs. Precision first: a statement is only
/// produced when its speaker resolves to a person; anything unclear is left out.
/// </summary>
internal sealed class ArticleExtractor
{
    private readonly Lexicon _lexicon;
    private readonly Grammar _grammar;
    private readonly LanguageLexicon _language;
    private readonly ContradictionFinder _contradictions;
    private readonly ContentLocator _content;
    private readonly StatementBuilder _builder;
    private readonly StatementRuns _runs;
    private readonly StanceReader _stances;

    public ArticleExtractor(Lexicon lexicon, Grammar grammar)
    {
        _lexicon = lexicon;
        _grammar = grammar;
        _language = lexicon.For(grammar.Language);
        _contradictions = new ContradictionFinder(_language);
        _content = new ContentLocator(grammar);
        _builder = new StatementBuilder(lexicon, grammar, new OccasionResolver(_language, grammar));
        _runs = new StatementRuns(grammar, _builder);
        _stances = new StanceReader(_language);
    }

    public ArticleAnalysis Extract(string text, DateOnly? articleDate)
    {
        var discourse = new Discourse();
        var recognizer = new PersonRecognizer(_lexicon, _language, _grammar, discourse);
        var attributor = new QuoteAttributor(_language, _grammar, recognizer, new SpeakerFinder(_language, _grammar, recognizer), _content);
        var statements = new List<ExtractedStatement>();
        var cues = new List<ContradictionCueMatch>();
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

            bool impersonal = attributor.HasImpersonalCue(context);
            bool continuedRun = false;
            StatementMatch? match = impersonal ? null : attributor.FindStatement(context);
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
                if (attributor.SecondStatement(context, match) is var (first, second))
                {
                    if (_builder.Build(context, first, articleDate) is { } one)
                        statements.Add(one);
                    match = second;
                }
                statement = _builder.Build(context, match, articleDate);
            }
            else if (open is { } run && _runs.QuotedRun(context, run.Speaker, run.Paragraph) is { } runMatch)
            {
                statement = _builder.Build(context, runMatch, articleDate);
                continuedRun = true;
            }
            else if (!impersonal && previous is not null && previous.SentenceIndex == sentence.Index - 1 && sentence.Paragraph - previous.Paragraph <= 1)
                statement = _runs.Continue(context, previous, articleDate);

            // The quotation stays open while no closing mark ends it ("He said, \"In the first half …" to the next paragraph).
            (int Position, bool Opening)? mark = statement is null ? null : _runs.UnpairedMark(context);
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
                cues.Add(contradiction);

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

        // Explicit cues first; conflicting polarity adds the pairs no cue links.
        List<ExtractedContradiction> contradictions = ContradictionLinker.Link(statements, cues);
        foreach (ExtractedContradiction conflict in PolarityConflicts.Find(statements, _stances))
        {
            if (!contradictions.Any(c => c.Joins(conflict.First, conflict.Second)))
                contradictions.Add(conflict);
        }
        return new ArticleAnalysis(_grammar.Language, discourse.Persons, statements, contradictions);
    }
}
