using System.Text.RegularExpressions;
using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Reads the stance a statement takes on each policy it names, for the conflicting-polarity signal. Precision first: a
/// stance is read only where it is clear and the speaker's own — in the clause that names the policy, exactly one word of
/// support or opposition (<c>data/lexicon/stance-cues.tsv</c>), or a determiner that denies the policy ("keine
/// Massenabschiebungen"), held by the speaker: a first-person pronoun ("wir lehnen … ab", "we oppose"), the speaker's own
/// pronoun in reported speech ("er lehne … ab"), an existential ("es wird keine … geben", "there will be no …"), or the
/// infinitive of a demand ("…, die Grenzmauer abzuschaffen"). A negation turns support into opposition ("nicht
/// unterstützen", "don't support"); negated opposition, two stance words, a condition ("wenn", "if"), a question, a
/// third party's stance ("die Opposition lehne … ab") or mixed stances in one statement give no stance.
/// </summary>
internal sealed class StanceReader(LanguageLexicon language)
{
    // Words that open a clause inside the statement's words (besides , ; : and dashes).
    private static readonly HashSet<string> s_clauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "dass", "ob", "weil", "wenn", "falls", "obwohl", "während", "aber", "sondern", "doch", "jedoch", "denn",
        "that", "whether", "because", "if", "unless", "although", "though", "while", "whereas", "but",
    };

    // Openers of a hypothetical clause: a statement with one takes no stance outright.
    private static readonly HashSet<string> s_hypothetical = new(StringComparer.OrdinalIgnoreCase) { "wenn", "falls", "ob", "if", "whether", "unless" };

    // Case matters: "US" is a country.
    private static readonly HashSet<string> s_firstPerson = new(StringComparer.Ordinal) { "ich", "Ich", "wir", "Wir", "uns", "I", "we", "We", "us" };

    /// <summary>How many tokens may stand between the stance word and the pronoun that holds it ("Wir lehnen",
    /// "we strongly oppose", "I do not support").</summary>
    private const int HolderWindow = 3;

    /// <summary>How far before the policy a preposition or denying determiner may stand ("gegen die neue Grenzmauer").</summary>
    private const int PolicyWindow = 3;

    private enum Reading { Nothing, Unclear, Clear }

    /// <summary>The statement's clear stances, one per policy at most.</summary>
    public List<Stance> Read(ExtractedStatement statement)
    {
        var stances = new List<Stance>();
        string text = statement.Text;
        if (statement.Policies.Count == 0 || text.Contains('?'))
            return stances;
        List<Token> tokens = Tokenizer.Tokenize(text);
        List<(int Start, int End)> clauses = Clauses(tokens);
        // A condition anywhere holds for the whole statement ("I would oppose it if …", "wenn …, lehne er sie ab").
        if (clauses.Any(c => s_hypothetical.Contains(tokens[c.Start].Value)))
            return stances;
        foreach (PolicyEntry policy in statement.Policies)
        {
            (Polarity Polarity, string Cue)? found = null;
            bool unclear = false;
            foreach (Match m in policy.For(language.Language).Matches(text))
            {
                int first = tokens.FindIndex(t => t.End > m.Index);
                int last = tokens.FindLastIndex(t => t.Start < m.Index + m.Length);
                if (first < 0 || last < first)
                    continue;
                int clause = clauses.FindIndex(c => first >= c.Start && first < c.End);
                (Reading reading, Polarity polarity, string cue) = ReadClause(tokens, clauses, clause, first, last, statement.Speaker);
                if (reading == Reading.Unclear || (reading == Reading.Clear && found is { } f && f.Polarity != polarity))
                    unclear = true;
                else if (reading == Reading.Clear)
                    found ??= (polarity, cue);
            }
            if (!unclear && found is { } stance)
                stances.Add(new Stance(policy, stance.Polarity, stance.Cue));
        }
        return stances;
    }

    /// <summary>The clauses of the statement's words as token ranges [Start, End).</summary>
    private static List<(int Start, int End)> Clauses(List<Token> tokens)
    {
        var clauses = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            string v = tokens[i].Value;
            if (v is "," or ";" or ":" or "–" or "—" or "(" or ")")
            {
                if (i > start)
                    clauses.Add((start, i));
                start = i + 1;
            }
            else if (i > start && s_clauseOpeners.Contains(v))
            {
                clauses.Add((start, i));
                start = i;
            }
        }
        if (start < tokens.Count)
            clauses.Add((start, tokens.Count));
        return clauses;
    }

    private (Reading Reading, Polarity Polarity, string Cue) ReadClause(List<Token> tokens, List<(int Start, int End)> clauses, int clause, int policyFirst, int policyLast, PersonEntity speaker)
    {
        (int start, int end) = clauses[clause];
        var stance = new List<(int At, StanceCue Cue)>();
        (int At, StanceCue Cue)? denial = null;
        string? negation = null;
        for (int i = start; i < end; i++)
        {
            if (i >= policyFirst && i <= policyLast)
                continue;
            // English contracted negation: "don't", "won't", "can't".
            if (language.Language == "en" && (tokens[i].Value.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || tokens[i].Value.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
            {
                negation ??= tokens[i].Value;
                continue;
            }
            StanceCue? cue = language.StanceCues.FirstOrDefault(c => Matches(tokens, i, end, c, caseless: i == 0));
            if (cue is null)
                continue;
            int cueEnd = i + cue.Words.Count - 1;
            bool beforePolicy = policyFirst > cueEnd && policyFirst - cueEnd <= PolicyWindow;
            switch (cue.Kind)
            {
                // "nicht nur", "not only": no negation of the stance.
                case StanceCueKind.Negation when !(cueEnd + 1 < end && tokens[cueEnd + 1].Value is "nur" or "only"):
                    negation ??= tokens[i].Value;
                    break;
                case StanceCueKind.Denial when beforePolicy:
                    denial ??= (i, cue);
                    break;
                case StanceCueKind.Against or StanceCueKind.For when beforePolicy:
                case StanceCueKind.Support or StanceCueKind.Oppose:
                    stance.Add((i, cue));
                    break;
            }
            i = cueEnd;
        }

        if (stance.Count > 1)
            return (Reading.Unclear, default, "");
        if (stance.Count == 1)
        {
            (int at, StanceCue cue) = stance[0];
            Polarity polarity = cue.Kind is StanceCueKind.Support or StanceCueKind.For ? Polarity.Support : Polarity.Oppose;
            string display = cue.Display;
            if (negation is not null || denial is not null)
            {
                // "nicht unterstützen", "keine Grenzmauer unterstützen": opposition; negated opposition is unclear.
                if (polarity == Polarity.Oppose)
                    return (Reading.Unclear, default, "");
                polarity = Polarity.Oppose;
                display = (negation ?? denial!.Value.Cue.Display) + " … " + display;
            }
            return HeldBySpeaker(tokens, clauses, clause, at, cue, speaker, existential: false) ? (Reading.Clear, polarity, display) : (Reading.Unclear, default, "");
        }
        if (denial is { } d && negation is null)
            return HeldBySpeaker(tokens, clauses, clause, d.At, d.Cue, speaker, existential: true) ? (Reading.Clear, Polarity.Oppose, d.Cue.Display) : (Reading.Unclear, default, "");
        return (Reading.Nothing, default, "");
    }

    /// <summary>Whether the stance word at <paramref name="at"/> is the speaker's: the infinitive of a demand in the
    /// statement's first clause (or after a clause the speaker holds: "wir wollen, …"); a first-person pronoun or the
    /// speaker's own pronoun near it, or (German) opening the clause ("Ich werde die Reform nicht unterstützen"); or, for a
    /// denial, an existential ("es wird keine … geben", "there will be no …").</summary>
    private bool HeldBySpeaker(List<Token> tokens, List<(int Start, int End)> clauses, int clause, int at, StanceCue cue, PersonEntity speaker, bool existential)
    {
        (int start, int end) = clauses[clause];
        if (cue.Infinitive)
        {
            if (clause == 0)
                return true;
            (int ps, int pe) = clauses[clause - 1];
            return Enumerable.Range(ps, pe - ps).Any(k => IsHolder(tokens[k].Value, speaker, cue));
        }
        int cueEnd = at + cue.Words.Count - 1;
        for (int k = Math.Max(start, at - HolderWindow); k <= Math.Min(end - 1, cueEnd + HolderWindow); k++)
        {
            if (IsHolder(tokens[k].Value, speaker, cue))
                return true;
        }
        if (language.Language == "de" && IsHolder(tokens[start].Value, speaker, cue))
            return true;
        if (existential)
        {
            var words = tokens.Skip(start).Take(end - start).Select(t => t.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            return (words.Contains("es") && words.Overlaps(["geben", "gibt", "gab", "gäbe"])) || words.Contains("there");
        }
        return false;
    }

    /// <summary>A pronoun that makes the stance the speaker's: first person, or the speaker's own third person ("er" of a
    /// man, "she" of a woman). German "sie" is also "they": only with a singular verb ("sie lehne … ab").</summary>
    private static bool IsHolder(string word, PersonEntity speaker, StanceCue cue)
    {
        if (s_firstPerson.Contains(word))
            return true;
        return speaker.Gender switch
        {
            'm' => word is "er" or "Er" or "he" or "He",
            'f' => word is "she" or "She" || (word is "sie" or "Sie" && cue.Kind is StanceCueKind.Support or StanceCueKind.Oppose && !cue.Words[^1].EndsWith("en", StringComparison.Ordinal)),
            _ => false,
        };
    }

    /// <summary>Whether the cue's words start at token <paramref name="i"/> within the clause, and its particle follows.</summary>
    private static bool Matches(List<Token> tokens, int i, int end, StanceCue cue, bool caseless)
    {
        if (i + cue.Words.Count > end)
            return false;
        for (int k = 0; k < cue.Words.Count; k++)
        {
            bool equal = tokens[i + k].Value == cue.Words[k] || (k == 0 && caseless && string.Equals(tokens[i].Value, cue.Words[0], StringComparison.OrdinalIgnoreCase));
            if (!equal)
                return false;
        }
        if (cue.Particle is null)
            return true;
        for (int k = i + cue.Words.Count; k < end; k++)
        {
            if (tokens[k].Value == cue.Particle)
                return true;
        }
        return false;
    }
}
