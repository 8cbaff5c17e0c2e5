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

    private static readonly HashSet<string> s_clauseBoundaries = new(StringComparer.Ordinal) { ",", ";", ":", "–", "-", "(", ")", "\"", "„", "“", "?", "!", "." };

    private static readonly HashSet<string> s_complementizers = new(StringComparer.OrdinalIgnoreCase) { "dass", "daß", "ob", "wie", "was", "warum", "weshalb", "wo", "wer" };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "habe", "hast", "hat", "haben", "habt", "hatte", "hatten", "hätte", "hätten", "bin", "ist", "sind", "war", "waren", "wird", "werde", "werden",
        "wurde", "wurden", "will", "wollen", "wollte", "muss", "müssen", "musste", "kann", "können", "konnte", "darf", "dürfen", "möchte", "möchten",
        "soll", "sollen", "sollte", "sollten", "würde", "würden", "lasse", "lassen", "zu",
    };

    private readonly Dictionary<string, string> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _splitVerbs = new(StringComparer.Ordinal);
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
                        _splitVerbs.TryAdd(f, row[2]);
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
            else if (_splitVerbs.TryGetValue(lower, out string? particle))
            {
                (_, int end) = Clause(tokens, i);
                int p = Enumerable.Range(i + 1, Math.Max(0, end - i - 1)).FirstOrDefault(k => tokens[k] == particle, -1);
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
        for (int k = start; k < end; k++)
        {
            if (k == cue)
                continue;
            List<int>? candidate = null;
            if (s_subjectPronouns.Contains(tokens[k]) && !(tokens[k] is "sie" or "Sie" && k > start && s_articles.Contains(tokens[k - 1])))
            {
                candidate = [k];
                // "wir, die AfD" / "wir Grünen": the apposition belongs to the source.
                if (k + 1 < end && char.IsUpper(tokens[k + 1][0]) && tokens[k] is "wir" or "Wir")
                    candidate.Add(k + 1);
            }
            else if (tokens[k] is "der" or "die" or "Der" or "Die" && k + 1 < end && IsNoun(tokens[k + 1]) && (k == start || k + 2 == cue || k - 1 == cue))
            {
                candidate = [k];
                int j = k + 1;
                while (j < end && j != cue && IsNoun(tokens[j]))
                    candidate.Add(j++);
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
