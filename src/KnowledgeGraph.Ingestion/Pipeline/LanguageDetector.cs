namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>Tells German from English by counting each language's most frequent function words.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> s_german = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "den", "dem", "des", "sich", "auf", "für", "auch",
        "wird", "werden", "sagte", "nach", "bei", "im", "zu", "sie", "er", "es", "wie", "aus", "hat", "dass", "noch", "über",
    };

    private static readonly HashSet<string> s_english = new(StringComparer.Ordinal)
    {
        "the", "and", "is", "not", "a", "an", "with", "of", "to", "for", "on", "that", "was", "were", "said", "he", "she", "it",
        "by", "from", "at", "as", "are", "has", "have", "this", "which", "be", "his", "her", "their", "in",
    };

    /// <summary>"de" or "en"; "en" when the text gives no evidence either way.</summary>
    public static string Detect(string text)
    {
        int german = 0, english = 0;
        foreach (Text.Token token in Text.Tokenizer.Tokenize(text.Length > 20000 ? text[..20000] : text))
        {
            if (!token.IsWord)
                continue;
            string word = token.Value.ToLowerInvariant();
            if (s_german.Contains(word))
                german++;
            if (s_english.Contains(word))
                english++;
            if (word.Contains('ä') || word.Contains('ö') || word.Contains('ü') || word.Contains('ß'))
                german++;
        }
        return german > english ? "de" : "en";
    }
}
