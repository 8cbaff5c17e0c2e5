using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// The content words two statements share, a sign that they speak about the same thing ("ein fester
/// Verteilungsschlüssel sei unverzichtbar" and "ein verpflichtender Verteilungsschlüssel sei nicht zu machen"). Words are
/// compared by their stem as far as inflection and compounding allow without a lemmatizer: the parts of hyphenated
/// compounds separately, and two words of five letters or more as one when they agree but for an ending of at most two
/// letters ("liefere" ~ "liefern", "Güter" ~ "Gütern", "reform" ~ "reforms").
/// </summary>
internal static class TopicWords
{
    private const int MinLength = 4;
    private const int MinStem = 5;

    // Function words of four letters or more (German and English): they say nothing about the topic.
    private static readonly HashSet<string> s_functionWords = new(StringComparer.Ordinal)
    {
        "aber", "alle", "allem", "allen", "aller", "alles", "also", "auch", "bereits", "beim", "bisher", "damit", "dann", "darf",
        "dass", "dabei", "dafür", "dagegen", "daher", "davon", "denn", "deren", "dessen", "diese", "diesem", "diesen", "dieser",
        "dieses", "doch", "dort", "durch", "eine", "einem", "einen", "einer", "eines", "etwa", "etwas", "gegen", "gerade", "habe",
        "haben", "hatte", "hätte", "hätten", "ihre", "ihrem", "ihren", "ihrer", "ihres", "immer", "jetzt", "jede", "jedem", "jeden",
        "jeder", "jedes", "kann", "keine", "keinem", "keinen", "keiner", "können", "könne", "könnte", "könnten", "mehr", "muss",
        "müsse", "müssen", "müsste", "müssten", "nach", "nicht", "noch", "nichts", "oder", "ohne", "schon", "sehr", "sein", "seine",
        "seinem", "seinen", "seiner", "seines", "sich", "sind", "soll", "solle", "sollen", "sollte", "sollten", "sowie", "über",
        "unser", "unsere", "unserem", "unseren", "unserer", "unter", "viel", "viele", "vielen", "wäre", "wären", "weil", "weiter",
        "weiterhin", "wenn", "werde", "werden", "wieder", "wird", "will", "wolle", "wollen", "wollte", "wurde", "wurden", "würde",
        "würden", "zwischen", "beide", "beiden", "zuvor", "heute", "gestern", "bisher", "derzeit", "außerdem", "zudem", "selbst",
        "about", "after", "again", "against", "already", "also", "been", "before", "being", "both", "cannot", "could", "does",
        "doing", "each", "even", "ever", "every", "from", "going", "have", "having", "here", "into", "just", "like", "made", "make",
        "many", "might", "more", "most", "much", "must", "never", "only", "other", "over", "said", "says", "shall", "should", "some",
        "still", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under",
        "until", "upon", "very", "want", "were", "what", "when", "where", "which", "while", "will", "with", "within", "without",
        "would", "your", "because", "today", "yesterday",
    };

    /// <summary>How many content words of <paramref name="a"/> have a counterpart in <paramref name="b"/>.</summary>
    public static int Shared(string a, string b)
    {
        List<string> left = Of(a);
        List<string> right = Of(b);
        return left.Count(x => right.Any(y => SameStem(x, y)));
    }

    /// <summary>The distinct content words of a text, lower-cased, hyphenated compounds split into their parts.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        foreach (Token t in Tokenizer.Tokenize(text))
        {
            if (!t.IsWord)
                continue;
            foreach (string part in t.Value.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                string w = part.ToLowerInvariant();
                if (w.Length >= MinLength && !s_functionWords.Contains(w) && !char.IsDigit(w[0]) && !words.Contains(w))
                    words.Add(w);
            }
        }
        return words;
    }

    /// <summary>Equal, or both at least five letters long and differing only in an ending of at most two letters.</summary>
    public static bool SameStem(string x, string y)
    {
        if (x == y)
            return true;
        int shorter = Math.Min(x.Length, y.Length);
        if (shorter < MinStem || Math.Abs(x.Length - y.Length) > 2)
            return false;
        int common = 0;
        while (common < shorter && x[common] == y[common])
            common++;
        return common >= Math.Max(MinStem, Math.Max(x.Length, y.Length) - 2);
    }
}
