using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction.De;

/// <summary>
/// German: V2 word order, Konjunktiv I for reported speech (Duden-Grammatik §§ 754–780: indirekte Rede), with
/// Konjunktiv II ("hätten", "würden") standing in where Konjunktiv I equals the indicative.
/// </summary>
internal sealed class GermanGrammar : Grammar
{
    public static readonly GermanGrammar Instance = new();

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "eines", "einer", "sein", "seine", "seinem",
        "seinen", "seines", "ihr", "ihre", "ihrem", "ihren",
    };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.Ordinal)
    {
        "hat", "hatte", "hatten", "haben", "habe", "hätte", "ist", "war", "wurde",
    };

    // Konjunktiv I forms that differ from the indicative, mostly 3rd person singular (Duden-Grammatik § 757).
    private static readonly HashSet<string> s_konjunktivI = new(StringComparer.Ordinal)
    {
        "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse", "gebe", "bleibe",
        "gehe", "komme", "stehe", "liege", "brauche", "plane", "lasse", "halte", "sehe", "finde", "trage", "zeige", "gelte", "fehle",
        "handle", "handele", "arbeite", "beteilige", "setze", "stelle", "führe", "mache", "nehme", "spreche", "treffe", "wachse",
        "bedeute", "erwarte", "unterstütze", "lehne", "strebe", "rechne", "hoffe", "befinde", "reiche", "laufe", "kenne", "wünsche",
    };

    // Konjunktiv II used for reported speech when Konjunktiv I would be ambiguous ("beide Seiten hätten").
    private static readonly HashSet<string> s_konjunktivII = new(StringComparer.Ordinal)
    {
        "hätten", "hätte", "wären", "wäre", "würden", "würde", "müssten", "müsste", "könnten", "könnte", "sollten", "dürften",
    };

    private static readonly string[] s_weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public override string Language => "de";

    public override bool AllowsSpeakerBeforeVerbAfterComma => false;

    public override bool IsDeterminer(string word) => s_determiners.Contains(word);

    public override bool IsAuxiliary(string word) => s_auxiliaries.Contains(word);

    public override bool IsComplementizer(string word) => word is "dass" or "daß";

    public override bool IsReported(IReadOnlyList<Token> tokens, bool allowSubstitute)
    {
        foreach (Token t in tokens)
        {
            if (s_konjunktivI.Contains(t.Value) || (allowSubstitute && s_konjunktivII.Contains(t.Value)))
                return true;
        }
        return allowSubstitute && tokens.Count > 0 && IsComplementizer(tokens[0].Value);
    }

    public override int? DaysBefore(string word, DayOfWeek articleDay)
    {
        switch (word)
        {
            case "heute":
                return 0;
            case "gestern":
                return 1;
            case "vorgestern":
                return 2;
        }
        for (int d = 0; d < 7; d++)
        {
            // "Donnerstag", "Donnerstagabend", "Donnerstags" (not "Donnerstagsausgabe").
            string day = s_weekdays[d];
            if (word == day || word == day + "s" || (word.StartsWith(day, StringComparison.Ordinal) && word[day.Length..] is "abend" or "morgen" or "nachmittag" or "vormittag" or "mittag"))
                return WeekdayDistance((DayOfWeek)d, articleDay);
        }
        return null;
    }

    public override bool IsFutureMarker(string word) => word is "kommenden" or "nächsten" or "morgen" or "übermorgen";

    public override bool IsLocativePreposition(string word) => word is "in" or "im" or "In" or "Im";

    public override string? StripGenitive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            return word[..^2];
        if (word.EndsWith('\'') || word.EndsWith('’'))
            return word[..^1];
        return word.Length > 3 && word.EndsWith('s') ? word[..^1] : null;
    }
}
