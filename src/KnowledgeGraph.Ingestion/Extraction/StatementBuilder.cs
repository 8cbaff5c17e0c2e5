using System.Text;
using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Turns a <see cref="StatementMatch"/> into an <see cref="ExtractedStatement"/>: the words without the attribution
/// frame and without quotation marks, direct or reported, the date and place the frame states, and the policies the
/// sentence is about.
/// </summary>
internal sealed class StatementBuilder(Lexicon lexicon, Grammar grammar, OccasionResolver occasion)
{
    public ExtractedStatement? Build(SentenceContext context, StatementMatch match, DateOnly? articleDate)
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
            type = match.Cue == QuoteAttributor.InterviewCue ? QuoteType.Direct
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
        statement.Date = occasion.ResolveDate(frame, articleDate);
        statement.Place = occasion.ResolvePlace(frame);
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
}
