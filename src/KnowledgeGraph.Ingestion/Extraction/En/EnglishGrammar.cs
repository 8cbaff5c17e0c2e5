using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction.En;

/// <summary>English: subject–verb order with optional quotative inversion ("…, said Kelly"), "said (that)" clauses.</summary>
internal sealed class EnglishGrammar : Grammar
{
    public static readonly EnglishGrammar Instance = new();

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "its" };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal) { "has", "had", "have" };

    private static readonly string[] s_weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    // Objects of "told"/"tells" that stand between the verb and the content.
    private static readonly HashSet<string> s_objectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "the", "a", "press", "media", "BBC", "CNN", "AP", "Reuters", "newspaper", "Wikinews", "us",
        "him", "her", "them", "Congress", "lawmakers", "supporters", "audience", "crowd", "radio", "television", "station", "agency",
    };

    public override string Language => "en";

    public override bool AllowsSpeakerBeforeVerbAfterComma => true;

    public override bool IsDeterminer(string word) => s_determiners.Contains(word);

    public override bool IsAuxiliary(string word) => s_auxiliaries.Contains(word);

    public override bool IsComplementizer(string word) => word == "that";

    public override bool IsReported(IReadOnlyList<Token> tokens, bool allowSubstitute) =>
        tokens.Count > 0 && IsComplementizer(tokens[0].Value);

    public override int? DaysBefore(string word, DayOfWeek articleDay)
    {
        switch (word)
        {
            case "today":
                return 0;
            case "yesterday":
                return 1;
        }
        int d = Array.IndexOf(s_weekdays, word);
        return d < 0 ? null : WeekdayDistance((DayOfWeek)d, articleDay);
    }

    public override bool IsFutureMarker(string word) => word is "next" or "tomorrow" or "coming";

    public override bool IsLocativePreposition(string word) => word is "in" or "at" or "In" or "At";

    public override string? StripGenitive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            return word[..^2];
        return null;
    }

    public override int SkipObject(IReadOnlyList<Token> tokens, int index, string verb)
    {
        if (verb is not ("told" or "tells" or "tell" or "asked" or "asks" or "urged" or "urges" or "assured" or "informed" or "reminded"))
            return index;
        int i = index;
        while (i < tokens.Count && i - index < 4 && tokens[i].IsWord && s_objectWords.Contains(tokens[i].Value))
            i++;
        // A named addressee: "told LA Weekly that", "told CBC News the department …".
        while (i < tokens.Count && i - index < 5 && tokens[i].IsCapitalized && !IsComplementizer(tokens[i].Value))
            i++;
        return i;
    }
}
