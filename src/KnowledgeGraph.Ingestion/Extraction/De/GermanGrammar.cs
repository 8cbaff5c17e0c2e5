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
        "seinen", "seines", "ihr", "ihre", "ihrem", "ihren", "dessen", "deren", "dieser", "diese", "dieses", "diesem", "diesen",
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
        "belaste", "verschiebe", "gefährde", "sichere", "stelle", "drohe", "liefere", "schaffe", "sorge", "fordere", "fördere",
        "verhindere", "verändere", "erinnere", "verweise", "weise", "warne", "kritisiere", "begrüße", "glaube", "meine", "denke",
        "wisse", "verstehe", "entstehe", "bestehe", "gelinge", "misslinge", "scheine", "bleibe", "falle", "fahre", "trete", "helfe",
        "werfe", "treffe", "spiele", "zahle", "koste", "kaufe", "verkaufe", "baue", "plane", "prüfe", "teile", "wähle", "brauche",
        "suche", "versuche", "setze", "lege", "zeige", "steige", "sinke", "wachse", "schrumpfe", "verliere", "gewinne", "beginne",
        "ende", "beende", "lade", "leide", "kämpfe", "stimme", "bestimme", "entscheide", "scheitere", "erreiche", "erhalte",
        "bekomme", "verdiene", "investiere", "spare", "senke", "erhöhe", "beteilige", "schließe", "öffne", "nutze", "schütze",
        "diene", "gehöre", "betreffe", "betrage", "umfasse", "enthalte", "erfülle", "verfüge", "fehle", "mangle", "verlange",
        "beharre", "arbeite", "lebe", "wohne", "sterbe", "lerne", "lehre", "rede", "sage", "frage", "antworte", "erkläre", "trage",
        "komme", "nehme", "gebe", "sehe", "lese", "esse", "vergesse", "schreibe", "spreche", "breche", "verspreche", "halte",
        "verhalte", "empfehle", "befehle", "stehle", "ziehe", "fliehe", "leiste", "verzichte", "achte", "beachte", "richte",
    };

    // Konjunktiv II used for reported speech when Konjunktiv I would be ambiguous ("beide Seiten hätten").
    private static readonly HashSet<string> s_konjunktivII = new(StringComparer.Ordinal)
    {
        "hätten", "hätte", "wären", "wäre", "würden", "würde", "müssten", "müsste", "könnten", "könnte", "sollten", "dürften",
    };

    // Subordinating conjunctions and relative words that open a clause after a comma or at the start of a sentence.
    private static readonly HashSet<string> s_subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "dass", "daß", "weil", "da", "wenn", "ob", "obwohl", "obgleich", "während", "damit", "sodass", "als", "wie", "wo", "wonach",
        "womit", "wobei", "wodurch", "worauf", "was", "wer", "falls", "nachdem", "bevor", "ehe", "seit", "seitdem", "bis", "indem",
        "ohne", "um", "statt", "anstatt", "sofern", "soweit", "solange", "der", "die", "das", "dem", "den", "deren", "dessen", "welche",
        "welcher", "welches",
    };

    // Separable prefixes: "aufnehme" is the Konjunktiv I "nehme" with its prefix in a subordinate clause.
    private static readonly string[] s_separablePrefixes =
        ["ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach", "vor", "weg", "weiter", "zu", "zurück", "zusammen", "um", "durch", "über", "unter"];

    private static readonly string[] s_weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public override string Language => "de";

    public override bool AllowsSpeakerBeforeVerbAfterComma => false;

    public override bool IsDeterminer(string word) => s_determiners.Contains(word);

    public override bool IsAuxiliary(string word) => s_auxiliaries.Contains(word);

    public override bool IsComplementizer(string word) => word is "dass" or "daß";

    public override bool IsReported(IReadOnlyList<Token> tokens, bool allowSubstitute)
    {
        // "ich habe", "ich werde": the first person singular shares the -e form; it is direct speech.
        bool firstPerson = tokens.Any(t => t.Value is "ich" or "Ich");
        foreach (Token t in tokens)
        {
            if ((!firstPerson && IsKonjunktivI(t.Value)) || (allowSubstitute && s_konjunktivII.Contains(t.Value)))
                return true;
        }
        return allowSubstitute && tokens.Count > 0 && IsComplementizer(tokens[0].Value);
    }

    /// <summary>A listed Konjunktiv I form, the same with a separable prefix ("aufnehme"), or the -iere form of an -ieren
    /// verb ("kontrolliere"), which only the first person singular shares.</summary>
    private static bool IsKonjunktivI(string word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]))
            return false;
        if (s_konjunktivI.Contains(word) || (word.EndsWith("iere", StringComparison.Ordinal) && word.Length > 6))
            return true;
        foreach (string prefix in s_separablePrefixes)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal) && s_konjunktivI.Contains(word[prefix.Length..]))
                return true;
        }
        return false;
    }

    /// <summary>German main clause: a clause that a subordinator opens (at the start or after a comma) runs to the next
    /// comma and is left out; commas of enumerations keep the main clause going.</summary>
    public override List<Token> MainClause(IReadOnlyList<Token> tokens, bool[] inQuote)
    {
        var clause = new List<Token>();
        bool subordinate = tokens.Count > 0 && s_subordinators.Contains(tokens[0].Value) && !IsDeterminer(tokens[0].Value);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Value == ",")
            {
                subordinate = i + 1 < tokens.Count && s_subordinators.Contains(tokens[i + 1].Value);
                continue;
            }
            if (!subordinate && !inQuote[i])
                clause.Add(tokens[i]);
        }
        return clause;
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
