using KnowledgeGraph.Ingestion.Lexicons;

namespace KnowledgeGraph.Ingestion.Extraction.De;

/// <summary>
/// Finds German speech events (SpkAtt-2023, Task 1) in tokenized sentences by rule: cues from the lexicon
/// <c>data/lexicon/speech-events.de.tsv</c> (verbs of saying, asking, demanding, thinking and writing, their separable
/// forms with the particle later in the clause, and the nouns that name such acts); the source is the subject of a
/// verb cue's clause (a nominative pronoun or a noun phrase next to the finite verb), or the possessive or genitive of a
/// noun cue; the message is the complement clause after the cue, or the rest of the cue's clause.
/// Thread-safe.
/// </summary>
public sealed class SpeechEventTagger
{
    private static readonly Lazy<SpeechEventTagger> s_default = new(() => new SpeechEventTagger(EmbeddedTable.ReadTsv("lexicon/speech-events.de.tsv")));

    private static readonly HashSet<string> s_subjectPronouns = new(StringComparer.Ordinal)
    {
        "ich", "wir", "Sie", "er", "sie", "man", "wer", "niemand", "jemand", "jeder", "du", "Ich", "Wir", "Er", "Man", "Wer", "Niemand", "Jemand", "Jeder", "Du",
    };

    private static readonly HashSet<string> s_possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
        "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "sein", "seine", "seinen", "seinem", "seiner", "seines",
        "dein", "deine", "deinen", "deinem", "deiner", "euer", "eure", "euren", "eurem", "eurer",
    };

    private static readonly HashSet<string> s_articles = new(StringComparer.OrdinalIgnoreCase) { "der", "die", "das", "des", "dem", "den" };

    private static readonly HashSet<string> s_objectPronouns = new(StringComparer.Ordinal) { "es", "ihr", "ihn", "ihm", "ihnen", "Ihnen", "uns", "euch", "mich", "dich", "mir", "dir" };

    // Forms of "sein" and "werden" that make a participle passive ("ist … genannt worden", "wird gefordert").
    private static readonly HashSet<string> s_passiveAuxiliaries = new(StringComparer.Ordinal)
    {
        "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "worden", "sei", "seien", "wäre", "wären",
    };

    private static readonly HashSet<string> s_relativePronouns = new(StringComparer.Ordinal) { "der", "die", "das", "welcher", "welche", "welches" };

    // Titles and forms of address that open a person's name ("Frau Jelpke", "Herr Schrodi", "Staatssekretär Mayer").
    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "Frau", "Herr", "Herrn", "Kollege", "Kollegin", "Professor", "Professorin", "Dr.", "Prof.", "Minister", "Ministerin", "Staatssekretär",
        "Staatssekretärin", "Präsident", "Präsidentin", "Bundeskanzlerin", "Bundeskanzler", "Bundesminister", "Bundesministerin",
    };

    // Capitalised words that open a clause without being its subject: prepositions, adverbs, conjunctions, determiners.
    private static readonly HashSet<string> s_capitalisedNonSubjects = new(StringComparer.Ordinal)
    {
        "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Beim", "Mit", "Nach", "Von", "Vom", "Zum", "Zur", "Zu", "Für", "Über", "Unter", "Vor", "Seit",
        "Gegen", "Ohne", "Durch", "Um", "Heute", "Gestern", "Morgen", "Jetzt", "Dann", "Deshalb", "Daher", "Doch", "Aber", "Und", "Oder", "Auch",
        "Denn", "Hier", "Nun", "Dazu", "Damit", "Darum", "Deswegen", "Schon", "Noch", "Als", "Wenn", "Wie", "Was", "Dass", "Ob", "Weil", "Den",
        "Dem", "Des", "Das", "Der", "Die", "Ein", "Eine", "Einen", "Einem", "Einer", "Es", "Ja", "Nein", "Natürlich", "Vielleicht", "Tatsächlich",
        "Stattdessen", "Dennoch", "Trotzdem", "Also", "So", "Da", "Dort", "Immer", "Nur", "Gerade", "Selbst", "Sogar", "Bereits", "Insofern",
        "Meine", "Liebe", "Sehr", "Verehrte", "Geehrte", "Danke", "Vielen",
    };

    private static readonly HashSet<string> s_clauseBoundaries = new(StringComparer.Ordinal) { ",", ";", ":", "–", "-", "(", ")", "\"", "„", "“", "?", "!", "." };

    private static readonly HashSet<string> s_complementizers = new(StringComparer.OrdinalIgnoreCase) { "dass", "daß", "ob", "wie", "was", "warum", "weshalb", "wo", "wer" };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "habe", "hast", "hat", "haben", "habt", "hatte", "hatten", "hätte", "hätten", "bin", "ist", "sind", "war", "waren", "wird", "werde", "werden",
        "wurde", "wurden", "will", "wollen", "wollte", "muss", "müssen", "musste", "kann", "können", "konnte", "darf", "dürfen", "möchte", "möchten",
        "soll", "sollen", "sollte", "sollten", "würde", "würden", "lasse", "lassen", "zu",
    };

    private readonly Dictionary<string, string> _verbs = new(StringComparer.Ordinal);
    // A finite form may belong to several separable verbs ("weist … hin", "weist … zurück").
    private readonly Dictionary<string, List<string>> _splitVerbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nouns = new(StringComparer.Ordinal);

    private SpeechEventTagger(IEnumerable<string[]> rows)
    {
        foreach (string[] row in rows)
        {
            string[] forms = row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (row[0])
            {
                case "verb":
                    foreach (string f in forms)
                        _verbs.TryAdd(f, row[1]);
                    break;
                case "split":
                    foreach (string f in forms)
                    {
                        if (!_splitVerbs.TryGetValue(f, out List<string>? particles))
                            _splitVerbs[f] = particles = [];
                        if (!particles.Contains(row[2]))
                            particles.Add(row[2]);
                    }
                    break;
                case "noun":
                    _nouns.UnionWith(forms);
                    break;
                default:
                    throw new InvalidDataException($"lexicon/speech-events.de.tsv: unknown kind '{row[0]}'; expected verb, split or noun");
            }
        }
    }

    /// <summary>The tagger with the built-in lexicon.</summary>
    public static SpeechEventTagger Default => s_default.Value;

    /// <summary>The speech events of a document, sentence by sentence.</summary>
    public IReadOnlyList<SpeechEvent> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var events = new List<SpeechEvent>();
        for (int s = 0; s < sentences.Count; s++)
            TagSentence(s, sentences[s], events);
        return events;
    }

    private void TagSentence(int s, IReadOnlyList<string> tokens, List<SpeechEvent> events)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            bool capitalizedInside = i > 0 && token.Length > 0 && char.IsUpper(token[0]) && !s_subjectPronouns.Contains(token);
            if (capitalizedInside || (i == 0 && _nouns.Contains(token) && !_verbs.ContainsKey(token.ToLowerInvariant())))
            {
                if (_nouns.Contains(token))
                    events.Add(NounEvent(s, tokens, i));
                continue;
            }

            string lower = token.ToLowerInvariant();
            if (_verbs.ContainsKey(lower))
            {
                events.Add(VerbEvent(s, tokens, i, particle: -1));
            }
            else if (_splitVerbs.TryGetValue(lower, out List<string>? particles))
            {
                (_, int end) = Clause(tokens, i);
                int p = Enumerable.Range(i + 1, Math.Max(0, end - i - 1)).FirstOrDefault(k => particles.Contains(tokens[k]), -1);
                if (p > 0)
                    events.Add(VerbEvent(s, tokens, i, p));
            }
        }
    }

    /// <summary>The clause around a token: from after the previous boundary to before the next (exclusive end).</summary>
    private static (int Start, int End) Clause(IReadOnlyList<string> tokens, int i)
    {
        int start = i;
        while (start > 0 && !s_clauseBoundaries.Contains(tokens[start - 1]))
            start--;
        int end = i + 1;
        while (end < tokens.Count && !s_clauseBoundaries.Contains(tokens[end]))
            end++;
        return (start, end);
    }

    private static SpeechEvent VerbEvent(int s, IReadOnlyList<string> tokens, int cue, int particle)
    {
        (int start, int end) = Clause(tokens, cue);
        List<int> source = Subject(tokens, start, end, cue);
        var message = new List<int>();
        if (end < tokens.Count && tokens[end] == "," && end + 1 < tokens.Count && (s_complementizers.Contains(tokens[end + 1]) || end == cue + 1))
        {
            // "Ich sage, dass …" / "Ich sage Ihnen, wir werden …": the complement clause to the end of the sentence.
            for (int k = end + 1; k < tokens.Count && !IsFinalPunctuation(tokens[k]); k++)
                message.Add(k);
        }
        else if (end < tokens.Count && tokens[end] == ":")
        {
            for (int k = end + 1; k < tokens.Count && !IsFinalPunctuation(tokens[k]); k++)
                message.Add(k);
        }
        else
        {
            // The rest of the clause: its words that are neither the source, the cue, its particle nor an auxiliary.
            for (int k = start; k < end; k++)
            {
                if (k != cue && k != particle && !source.Contains(k) && !s_auxiliaries.Contains(tokens[k]) && !IsPunctuation(tokens[k]))
                    message.Add(k);
            }
        }

        return new SpeechEvent([new TokenPosition(s, cue)], Positions(s, source), Positions(s, message));
    }

    /// <summary>The subject of a clause: the nominative pronoun or article-led noun phrase closest to the cue.</summary>
    private static List<int> Subject(IReadOnlyList<string> tokens, int start, int end, int cue)
    {
        List<int>? best = null;
        int bestDistance = int.MaxValue;
        // A passive clause ("Die Zahl ist schon genannt worden") has no speaker for its subject, an infinitive with "zu"
        // ("…, der Dramatik ins Auge zu sehen") no subject at all: a noun phrase in them is an object.
        bool passive = (IsParticiple(tokens[cue]) && Enumerable.Range(start, end - start).Any(x => s_passiveAuxiliaries.Contains(tokens[x])))
            || (cue > start && tokens[cue - 1] == "zu");
        for (int k = start; k < end; k++)
        {
            if (k == cue)
                continue;
            List<int>? candidate = null;
            if (s_subjectPronouns.Contains(tokens[k]) && !(tokens[k] is "sie" or "Sie" && k > start && s_articles.Contains(tokens[k - 1])))
            {
                candidate = [k];
                // "wir, die AfD" / "wir Grünen" / "Wir als AfD": the apposition belongs to the source.
                if (k + 1 < end && char.IsUpper(tokens[k + 1][0]) && tokens[k] is "wir" or "Wir")
                    candidate.Add(k + 1);
                else if (k + 2 < end && tokens[k + 1] == "als" && IsNoun(tokens[k + 2]) && k + 2 != cue)
                {
                    for (int j = k + 1; j < end && j != cue && (j == k + 1 || IsNoun(tokens[j])); j++)
                        candidate.Add(j);
                }
            }
            else if (ArticlePhrase(tokens, start, k, end, cue) is { } phrase && !passive)
            {
                candidate = phrase;
            }
            else if (NamePhrase(tokens, start, k, end, cue) is { } name && !passive)
            {
                candidate = name;
            }
            else if (RelativeSubject(tokens, start, k, end, cue))
            {
                candidate = [k];
            }

            if (candidate is null)
                continue;
            int distance = Math.Abs(k - cue);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best ?? [];
    }

    /// <summary>A subject noun phrase with an article at <paramref name="k"/>: the article, lower-case adjectives, nouns and
    /// genitive attributes ("der Minister", "der bayerische Ministerpräsident", "Die Mehrheit der Bevölkerung"), opening the
    /// clause or next to the cue ("…, sagt der Minister"); an indefinite one ("jeder Redner", "ein breites Bündnis") only
    /// opening the clause, since after the verb it is its object ("lehnen eine Fusion ab"). A genitive attribute of a noun
    /// before it is no phrase of its own.</summary>
    private static List<int>? ArticlePhrase(IReadOnlyList<string> tokens, int start, int k, int end, int cue)
    {
        bool definite = tokens[k] is "der" or "die" or "Der" or "Die";
        bool indefinite = tokens[k] is "ein" or "eine" or "Ein" or "Eine" or "jeder" or "jede" or "Jeder" or "Jede";
        if ((!definite && !indefinite) || (k > start && IsNoun(tokens[k - 1]) && !s_capitalisedNonSubjects.Contains(tokens[k - 1])))
            return null;
        List<int>? phrase = NounGroup(tokens, k, end, cue);
        if (phrase is null)
            return null;
        // Genitive attributes: "die Mehrheit der Bevölkerung", "Der Chef der Europäischen Bankenaufsicht Andre Enria".
        while (phrase[^1] + 1 < end && tokens[phrase[^1] + 1] is "der" or "des" && NounGroup(tokens, phrase[^1] + 1, end, cue) is { } genitive)
            phrase.AddRange(genitive);
        bool placed = k == start || (definite && (phrase[^1] + 1 == cue || k - 1 == cue));
        return placed ? phrase : null;
    }

    /// <summary>A determiner at <paramref name="k"/>, lower-case adjectives ending in -e or -en, and one or more nouns,
    /// before the cue.</summary>
    private static List<int>? NounGroup(IReadOnlyList<string> tokens, int k, int end, int cue)
    {
        int j = k + 1;
        while (j < end && j != cue && IsAdjective(tokens[j]))
            j++;
        if (j >= end || j == cue || !IsNoun(tokens[j]))
            return null;
        var group = new List<int>();
        for (int x = k; x < j; x++)
            group.Add(x);
        while (j < end && j != cue && IsNoun(tokens[j]))
            group.Add(j++);
        return group;
    }

    /// <summary>An inflected attributive adjective ("bayerische", "unbestrittenen"); not a determiner ("die", "eine",
    /// "diesen", "seine").</summary>
    private static bool IsAdjective(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && (word.EndsWith('e') || word.EndsWith("en", StringComparison.Ordinal))
        && !s_articles.Contains(word) && !s_possessives.Contains(word) && !s_determinerStems.Any(d => word.StartsWith(d, StringComparison.Ordinal));

    private static readonly string[] s_determinerStems = ["ein", "kein", "dies", "jen", "jed", "welch", "manch", "solch", "all", "viel", "beid", "ander"];

    /// <summary>A past participle ("gesagt", "genannt", "erwähnt", "hingewiesen"), as far as its form shows.</summary>
    private static bool IsParticiple(string word) =>
        word.StartsWith("ge", StringComparison.Ordinal) || word.Contains("ge", StringComparison.Ordinal) && word.EndsWith("en", StringComparison.Ordinal)
        || (word.EndsWith('t') && !word.EndsWith("st", StringComparison.Ordinal));

    /// <summary>Capitalised words that open the clause (after at most a complementizer) right before its finite verb: a
    /// name or noun phrase without article ("Markus Söder sagte", "Frau Dr. Weisgerber hatte das erwähnt", "wie Pro Asyl
    /// feststellt"). At the very start of a sentence one capitalised word may be an adverb ("Heute sagte er"): it takes a
    /// title ("Frau Jelpke") or a second word.</summary>
    private static List<int>? NamePhrase(IReadOnlyList<string> tokens, int start, int k, int end, int cue)
    {
        if (!(k == start || (k == start + 1 && s_complementizers.Contains(tokens[start]))) || !IsNoun(tokens[k]) || s_capitalisedNonSubjects.Contains(tokens[k])
            || s_possessives.Contains(tokens[k]))
            return null;
        int j = k;
        while (j < end && j != cue && IsNoun(tokens[j]) && !(j > k && s_capitalisedNonSubjects.Contains(tokens[j])))
            j++;
        if (j >= end || !(j == cue || (s_auxiliaries.Contains(tokens[j]) && !s_passiveAuxiliaries.Contains(tokens[j]))))
            return null;
        if (k == 0 && j - k < 2 && !s_titles.Contains(tokens[k]))
            return null;
        return [.. Enumerable.Range(k, j - k)];
    }

    /// <summary>A relative pronoun opening a verb-final clause after a comma, with no other noun or pronoun before the cue:
    /// "…, der äußerte", "…, der sich dazu geäußert hat" (in "…, das ihr nicht ablehnen könnt" the pronoun is the object).</summary>
    private static bool RelativeSubject(IReadOnlyList<string> tokens, int start, int k, int end, int cue) =>
        k == start && start > 0 && tokens[start - 1] == "," && s_relativePronouns.Contains(tokens[k]) && cue > k
        && !Enumerable.Range(k + 1, cue - k - 1).Any(x => IsNoun(tokens[x]) || s_subjectPronouns.Contains(tokens[x]) || s_objectPronouns.Contains(tokens[x]))
        && Enumerable.Range(cue + 1, Math.Max(0, end - cue - 1)).All(x => s_auxiliaries.Contains(tokens[x]));

    private SpeechEvent NounEvent(int s, IReadOnlyList<string> tokens, int cue)
    {
        var source = new List<int>();
        if (cue > 0 && s_possessives.Contains(tokens[cue - 1]))
        {
            source.Add(cue - 1);
        }
        else if (cue > 1 && s_possessives.Contains(tokens[cue - 2]) && !IsNoun(tokens[cue - 1]))
        {
            source.Add(cue - 2);
        }
        else if (cue + 2 < tokens.Count && tokens[cue + 1] is "der" or "des" or "von" && IsNoun(tokens[cue + 2]) && !_nouns.Contains(tokens[cue + 2]))
        {
            // "der Antrag der Linken", "die Worte des Kollegen Ernst", "die Rede von Frau Merkel".
            source.Add(cue + 1);
            for (int j = cue + 2; j < tokens.Count && IsNoun(tokens[j]); j++)
                source.Add(j);
        }

        return new SpeechEvent([new TokenPosition(s, cue)], Positions(s, source), []);
    }

    private static bool IsNoun(string token) => token.Length > 0 && char.IsUpper(token[0]) && !s_subjectPronouns.Contains(token);

    private static bool IsPunctuation(string token) => token.All(c => char.IsPunctuation(c) || char.IsSymbol(c));

    private static bool IsFinalPunctuation(string token) => token is "." or "!" or "?";

    private static List<TokenPosition> Positions(int s, List<int> tokens) => [.. tokens.Order().Select(t => new TokenPosition(s, t))];
}
