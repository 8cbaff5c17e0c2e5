using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Sentences without a cue of their own that go on with an earlier statement: a quotation that an earlier sentence opened
/// and has not closed, the rest of an interview answer, a sentence that is one quotation, and German reported speech
/// (Konjunktiv I) after a statement.
/// </summary>
internal sealed class StatementRuns(Grammar grammar, StatementBuilder builder)
{
    /// <summary>A sentence without a cue of its own that goes on with the previous statement's speaker: the rest of an
    /// interview answer, a sentence that is one quotation, or (German) reported speech in Konjunktiv I — or Konjunktiv II
    /// standing in for it right after a statement. The run's date and place carry over: it was said on the same occasion.</summary>
    public ExtractedStatement? Continue(SentenceContext context, ExtractedStatement previous, DateOnly? articleDate)
    {
        List<Token> tokens = context.Tokens;
        if (tokens.Count == 0)
            return null;
        bool interview = previous.Cue == QuoteAttributor.InterviewCue && previous.Paragraph == context.Sentence.Paragraph;
        bool wholeQuote = context.Quotes.Count == 1 && context.Quotes[0].Start == context.Sentence.Start && context.Quotes[0].End >= context.Sentence.End - 1;
        bool reported = false;
        if (grammar.Language == "de" && !interview && !wholeQuote)
        {
            List<Token> clause = grammar.MainClause(context.Tokens, context.InQuote);
            // A named person opening the sentence is usually its subject and a new topic; in Konjunktiv I it is still the
            // reported speaker's words ("Bundeskanzler Martin Kranz werde sich nicht einmischen").
            bool namedSubject = context.Mentions.Any(m => m.Kind is MentionKind.Named && m.First == NounPhrase.Start(context, grammar, 0));
            reported = grammar.IsReported(clause, allowSubstitute: false) || (!namedSubject && grammar.IsReported(clause, allowSubstitute: true) && !HasIndicativeFrame(clause));
        }
        if (!interview && !wholeQuote && !reported)
            return null;
        var match = new StatementMatch(previous.Speaker, context.Sentence.Start, context.Sentence.End, interview ? QuoteAttributor.InterviewCue : "continuation", StrippedQuote: interview);
        ExtractedStatement? statement = builder.Build(context, match, articleDate);
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

    /// <summary>A sentence inside a quotation that an earlier sentence opened: the rest of its paragraph, and the next
    /// paragraph when it opens with a quotation mark or closes the quotation ("…early.\"").</summary>
    public StatementMatch? QuotedRun(SentenceContext context, PersonEntity speaker, int paragraph)
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
    public (int Position, bool Opening)? UnpairedMark(SentenceContext context)
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
}
