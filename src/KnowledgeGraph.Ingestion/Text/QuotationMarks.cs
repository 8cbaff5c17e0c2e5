namespace KnowledgeGraph.Ingestion.Text;

/// <summary>Character tests for quotation marks and the notes that may follow a quotation.</summary>
internal static class QuotationMarks
{
    /// <summary>Whether the text between <paramref name="from"/> and <paramref name="to"/> is only parenthetical notes and
    /// punctuation ("((it))", " (AP)").</summary>
    public static bool IsParenthetical(string article, int from, int to)
    {
        int depth = 0;
        bool any = false;
        for (int i = from; i < to; i++)
        {
            char c = article[i];
            if (c == '(')
            {
                depth++;
                any = true;
            }
            else if (c == ')')
                depth--;
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not ('.' or ','))
                return false;
        }
        return any && depth == 0;
    }

    /// <summary>A mark that opens (or, straight, also closes) a quotation: " „ “ ” » « ‚ ‘.</summary>
    public static bool IsMark(char c) => c is '"' or '„' or '“' or '”' or '»' or '«' or '‚' or '‘';
}
