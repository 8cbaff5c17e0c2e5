namespace KnowledgeGraph.Ingestion.Text;

/// <summary>
/// Splits an article into paragraphs (runs of non-blank lines) and sentences. A sentence ends at '.', '!', '?' or '…'
/// (with any closing quotes or brackets after it) followed by white space and an upper-case letter, digit or opening
/// quote; it does not end inside a quotation, after an abbreviation ("Dr.", "z. B.", "Mr."), after an initial, after an
/// initialism unless a typical sentence opener follows ("in the U.S. The …"), or in German dates ("23. Februar").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Prof", "Nr", "St", "Hr", "Fr", "Mr", "Mrs", "Ms", "Jr", "Sr", "vs", "bzw", "ca", "ggf", "usw", "vgl", "Abs", "Art",
        "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Oct", "Nov", "Dez", "Dec",
        "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Inc", "Ltd", "Corp", "Co", "No", "Nos", "Mt", "Ft", "Rev",
        "bspw", "evtl", "inkl", "zzgl", "Tel", "Bd", "Hrsg", "geb", "gest", "Dipl", "Ing", "Mio", "Mrd", "Str",
    };

    private static readonly HashSet<string> s_sentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those", "In", "On", "At",
        "However", "His", "Her", "Its", "Their", "There", "After", "When", "As", "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich",
        "Doch", "Aber", "Am", "Im", "Dies", "Dieser", "Diese", "Nach", "Bei", "Auch",
    };

    private static readonly HashSet<string> s_months = new(StringComparer.Ordinal)
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0;
        foreach ((int blockStart, int blockEnd) in Paragraphs(text))
        {
            List<QuoteSpan> quotes = QuoteFinder.Find(text, blockStart, blockEnd);
            int sentenceStart = blockStart;
            for (int i = blockStart; i < blockEnd; i++)
            {
                char c = text[i];
                if (c is not ('.' or '!' or '?' or '…'))
                    continue;
                int after = i + 1;
                while (after < blockEnd && IsClosing(text[after]) && !StartsNextQuote(quotes, after))
                    after++;
                if (after >= blockEnd || !char.IsWhiteSpace(text[after]))
                    continue;
                int next = after;
                while (next < blockEnd && char.IsWhiteSpace(text[next]))
                    next++;
                if (next >= blockEnd)
                    continue;
                char n = text[next];
                if (!(char.IsUpper(n) || char.IsDigit(n) || IsOpening(n)))
                    continue;
                if (quotes.Any(q => q.Contains(i) && q.End > after))
                    continue;
                if (c == '.' && !EndsSentence(text, sentenceStart, i, next, blockEnd))
                    continue;
                Add(sentences, text, ref paragraph, sentenceStart, after, paragraph);
                sentenceStart = next;
                i = next - 1;
            }
            Add(sentences, text, ref paragraph, sentenceStart, blockEnd, paragraph);
            paragraph++;
        }
        return sentences;
    }

    /// <summary>Blocks of consecutive non-blank lines, trimmed.</summary>
    internal static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
                yield break;
            int start = i;
            int end = i;
            while (i < text.Length)
            {
                int lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0)
                    lineEnd = text.Length;
                if (string.IsNullOrWhiteSpace(text.AsSpan(i, lineEnd - i).ToString()))
                    break;
                end = lineEnd;
                i = Math.Min(lineEnd + 1, text.Length);
            }
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            yield return (start, end);
        }
    }

    private static void Add(List<Sentence> sentences, string text, ref int paragraph, int start, int end, int currentParagraph)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence(sentences.Count, currentParagraph, start, end, text[start..end]));
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot, int next, int blockEnd)
    {
        int wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '„' or '“'))
            wordStart--;
        string word = text[wordStart..dot];
        string nextWord = NextWord(text, next, blockEnd);
        if (word.Length == 0)
            return true;
        if (s_abbreviations.Contains(word))
            return false;
        // An initial ("John F. Kennedy", "z. B.") or an initialism ("U.S.", "U.N.").
        if (word.Length == 1 && char.IsLetter(word[0]))
            return false;
        if (word.Contains('.') && word.Replace(".", "").All(char.IsUpper))
            return s_sentenceOpeners.Contains(nextWord);
        // German ordinal dates: "am 23. Februar".
        if (word.Length <= 2 && word.All(char.IsDigit) && s_months.Contains(nextWord))
            return false;
        return true;
    }

    private static string NextWord(string text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsLetter(text[i]))
            i++;
        return text[start..i];
    }

    private static bool StartsNextQuote(List<QuoteSpan> quotes, int position) => quotes.Any(q => q.Start == position);

    internal static bool IsClosing(char c) => c is '"' or '“' or '”' or '’' or '\'' or '«' or '»' or ')' or ']' or '‘';

    internal static bool IsOpening(char c) => c is '"' or '„' or '“' or '‘' or '‚' or '»' or '«' or '(' or '\'' or '[';
}
