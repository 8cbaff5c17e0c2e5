namespace KnowledgeGraph.Ingestion.Text;

/// <summary>
/// Finds top-level quotations in a block of text: German „…“ and ‚…‘, guillemets »…« and «…», English “…” and ‘…’,
/// and straight "…" and '…'. Quotes do not cross the block (paragraph) they open in; an unclosed mark is ignored.
/// Single marks double as apostrophes, so they only open before a word and only close after one; a straight double mark
/// between a word and a space only closes.
/// </summary>
internal static class QuoteFinder
{
    public static List<QuoteSpan> Find(string text, int start, int end)
    {
        var spans = new List<QuoteSpan>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            int close = c switch
            {
                '„' => FindClose(text, i + 1, end, ['“', '”'], single: false),
                '“' => FindClose(text, i + 1, end, ['”'], single: false),
                '"' when OpensStraight(text, i, start, end) => FindClose(text, i + 1, end, ['"'], single: false),
                '»' => FindClose(text, i + 1, end, ['«'], single: false),
                '«' => FindClose(text, i + 1, end, ['»'], single: false),
                '‚' => FindClose(text, i + 1, end, ['‘', '’'], single: true),
                '‘' when OpensSingle(text, i, start, end) => FindClose(text, i + 1, end, ['’'], single: true),
                '\'' when OpensSingle(text, i, start, end) => FindClose(text, i + 1, end, ['\''], single: true),
                _ => -1,
            };
            if (close > i + 1)
            {
                spans.Add(new QuoteSpan(i, close + 1));
                i = close + 1;
            }
            else
                i++;
        }
        return spans;
    }

    /// <summary>A straight double mark after a word or punctuation and before a space or punctuation closes a quotation
    /// (one an earlier paragraph opened: "…early.\" After the match, …"); it cannot open one.</summary>
    private static bool OpensStraight(string text, int i, int start, int end) =>
        !(i > start && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[' or '-' or '—' or '–' or '/')
          && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])));

    private static bool OpensSingle(string text, int i, int start, int end) =>
        (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '"' or '“' or '„')
        && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);

    private static int FindClose(string text, int from, int end, char[] closers, bool single)
    {
        for (int j = from; j < end; j++)
        {
            if (Array.IndexOf(closers, text[j]) < 0)
                continue;
            if (!single)
                return j;
            // A closing single mark follows a non-space and is not followed by a letter ("don't" is no close).
            bool afterWord = j > from && !char.IsWhiteSpace(text[j - 1]);
            bool beforeBoundary = j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]);
            if (afterWord && beforeBoundary)
                return j;
        }
        return -1;
    }
}
