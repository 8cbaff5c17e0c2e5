using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Finds the persons of a sentence: names after a title or office ("US-Heimatschutzminister John Kelly",
/// "Secretary of State Rex Tillerson"), names of verified persons ("Donald Trump"), later surnames ("Kellys"),
/// role nouns ("des Ministers"), pronouns and demonstratives, each resolved against the discourse.
/// </summary>
internal sealed class PersonRecognizer(Lexicon lexicon, LanguageLexicon language, Grammar grammar, Discourse discourse)
{
    // Capitalised words that begin clauses or name places and organisations, never a bare person name.
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "As", "The", "In", "On", "At", "But", "And", "According", "After", "While", "When", "If", "For", "With", "This", "That",
        "North", "South", "East", "West", "New", "United", "National", "Department", "Ministry", "University", "Police", "Court",
        "Government", "Party", "Council", "Committee", "Agency", "Office", "Weekly", "Times", "News", "Post", "Herald", "Daily",
        "Institute", "Association", "Union", "Group", "Company", "Inc", "Corp", "Reuters", "Officials", "Authorities", "Minister",
    };

    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "de", "von", "van", "del", "da", "der", "di", "la", "le", "bin", "al" };

    public List<Mention> Recognize(List<Token> tokens, bool[] inQuote, int sentenceIndex)
    {
        var mentions = new List<Mention>();
        int i = 0;
        while (i < tokens.Count)
        {
            if (inQuote[i] || !tokens[i].IsWord)
            {
                i++;
                continue;
            }
            Mention? mention = TryTitled(tokens, inQuote, i) ?? TryKnownName(tokens, inQuote, i) ?? TrySurname(tokens, i) ?? TryAnaphor(tokens, i, sentenceIndex);
            if (mention is null)
            {
                i++;
                continue;
            }
            mentions.Add(mention);
            i = mention.Last + 1;
        }
        return mentions;
    }

    /// <summary>A name of two or three capitalised words next to a speech verb, for persons no title introduces.</summary>
    public Mention? TryBareName(List<Token> tokens, bool[] inQuote, int first, int last)
    {
        if (last - first < 1 || last - first > 2)
            return null;
        for (int k = first; k <= last; k++)
        {
            string w = tokens[k].Value;
            if (inQuote[k] || !tokens[k].IsCapitalized || !LooksLikeName(w) || s_notNames.Contains(w) || w.Contains('\'') || w.Contains('’')
                || w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                return null;
        }
        if (language.PlaceForms.Any(f => f.Words.Count == last - first + 1 && Enumerable.Range(0, f.Words.Count).All(k => f.Words[k] == tokens[first + k].Value)))
            return null;
        string name = string.Join(' ', tokens.Skip(first).Take(last - first + 1).Select(t => t.Value));
        return new Mention(first, last, MentionKind.Named, Resolve(name));
    }

    private Mention? TryTitled(List<Token> tokens, bool[] inQuote, int i)
    {
        int start = i;
        CountryEntry? country = null;
        // A country adjective before the title: "mexikanischen Kollegen", "U.S. President".
        if (language.CountryWords.TryGetValue(tokens[i].Value, out CountryEntry? adjective) && i + 1 < tokens.Count)
        {
            country = adjective;
            i++;
        }
        (int end, List<OfficeEntry> offices, CountryEntry? prefixCountry) = MatchOffice(tokens, i);
        TitleEntry? title = null;
        if (end < 0)
        {
            string word = tokens[i].Value;
            // Sentence-initial capitals: "Spokesman Mark Lee" for the listed "spokesman".
            if (!language.Titles.TryGetValue(word, out title) && !(i == 0 && language.Titles.TryGetValue(char.ToLowerInvariant(word[0]) + word[1..], out title)))
            {
                return null;
            }
            end = i + 1;
            if (end < tokens.Count && tokens[end].Value == "." && (word.Length <= 4))
                end++;
        }
        country = prefixCountry ?? country;
        // "Präsident Mexikos", "President of Mexico".
        if (end < tokens.Count && language.CountryWords.TryGetValue(tokens[end].Value, out CountryEntry? after) && tokens[end].Value.EndsWith('s') && grammar.Language == "de")
        {
            country ??= after;
            end++;
        }
        OfficeEntry? office = ResolveOffice(offices, country);
        string? role = office?.Role ?? title?.Role ?? offices.FirstOrDefault()?.Role;
        char gender = title?.Gender ?? GenderOfForm(tokens, i, end);

        int nameStart = end;
        int nameEnd = nameStart;
        while (nameEnd < tokens.Count && nameEnd - nameStart < 4 && !inQuote[nameEnd]
               && ((tokens[nameEnd].IsCapitalized && LooksLikeName(tokens[nameEnd].Value)) || (nameEnd > nameStart && s_nameParticles.Contains(tokens[nameEnd].Value) && nameEnd + 1 < tokens.Count && tokens[nameEnd + 1].IsCapitalized)))
            nameEnd++;
        if (nameEnd == nameStart)
        {
            // A bare role noun ("der Minister", "the secretary"): coreference.
            if (role is null || country is not null && start != i)
                return null;
            PersonEntity? referent = discourse.ResolveRole(role);
            return new Mention(start, end - 1, MentionKind.Role, referent);
        }
        List<string> parts = [.. tokens.Skip(nameStart).Take(nameEnd - nameStart).Select(t => t.Value)];
        // "Präsident Trumps Äußerungen", "President Trump's policies".
        if (grammar.StripGenitive(parts[^1]) is { } stripped && (IsKnownSurname(stripped) || parts[^1].Contains('\'') || parts[^1].Contains('’')))
            parts[^1] = stripped;
        string name = string.Join(' ', parts);
        PersonEntity entity = Resolve(name);
        if (role is not null)
            entity.Roles.Add(role);
        if (gender != '-' && entity.Gender == '-')
            entity.Gender = gender;
        if (office is not null && !entity.OfficeEntries.Contains(office))
            entity.OfficeEntries.Add(office);
        return new Mention(start, nameEnd - 1, MentionKind.Named, entity);
    }

    private Mention? TryKnownName(List<Token> tokens, bool[] inQuote, int i)
    {
        if (!tokens[i].IsCapitalized)
            return null;
        for (int length = Math.Min(4, tokens.Count - i); length >= 2; length--)
        {
            if (Enumerable.Range(i, length).Any(k => inQuote[k] || !tokens[k].IsWord))
                continue;
            string name = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Value));
            string last = tokens[i + length - 1].Value;
            if (!lexicon.PersonsByName.ContainsKey(name) && grammar.StripGenitive(last) is { } stripped)
                name = string.Join(' ', tokens.Skip(i).Take(length - 1).Select(t => t.Value).Append(stripped));
            if (lexicon.PersonsByName.ContainsKey(name))
                return new Mention(i, i + length - 1, MentionKind.Named, Resolve(name));
        }
        return null;
    }

    private Mention? TrySurname(List<Token> tokens, int i)
    {
        if (!tokens[i].IsCapitalized)
            return null;
        string word = tokens[i].Value;
        PersonEntity? entity = FindBySurname(word) ?? (grammar.StripGenitive(word) is { } stripped ? FindBySurname(stripped) : null);
        return entity is null ? null : new Mention(i, i, MentionKind.Surname, entity);
    }

    private Mention? TryAnaphor(List<Token> tokens, int i, int sentenceIndex)
    {
        foreach (PronounEntry pronoun in language.Pronouns)
        {
            if (!MatchesAt(tokens, i, pronoun.Words, ignoreCaseOfFirst: !pronoun.IsDemonstrative))
                continue;
            int last = i + pronoun.Words.Count - 1;
            if (pronoun.IsDemonstrative)
            {
                // "Dieser hatte …" is a pronoun; "Dieser Plan …" is a determiner.
                if (grammar.Language == "de" && (last + 1 >= tokens.Count || tokens[last + 1].IsCapitalized || !tokens[last + 1].IsWord))
                    return null;
                return new Mention(i, last, MentionKind.Demonstrative, discourse.ResolveDemonstrative(pronoun.Gender));
            }
            // German "sie"/"Sie" is also plural and formal address; only a known woman resolves it.
            PersonEntity? referent = discourse.ResolvePronoun(pronoun.Gender, sentenceIndex);
            if (pronoun.Gender == 'f' && referent?.Gender != 'f')
                referent = null;
            return new Mention(i, last, MentionKind.Pronoun, referent);
        }
        return null;
    }

    private (int End, List<OfficeEntry> Offices, CountryEntry? PrefixCountry) MatchOffice(List<Token> tokens, int i)
    {
        string first = tokens[i].Value;
        CountryEntry? prefixCountry = null;
        int dash = first.IndexOf('-');
        if (dash > 0 && language.CountryPrefixes.TryGetValue(first[..dash], out CountryEntry? c))
        {
            prefixCountry = c;
            first = first[(dash + 1)..];
        }
        foreach ((IReadOnlyList<string> words, _) in language.OfficeForms)
        {
            if (i + words.Count > tokens.Count)
                continue;
            bool match = true;
            for (int k = 0; k < words.Count && match; k++)
            {
                string token = k == 0 ? first : tokens[i + k].Value;
                match = k == words.Count - 1 ? Inflects(token, words[k]) : token == words[k];
            }
            if (!match)
                continue;
            List<OfficeEntry> offices = [.. language.OfficeForms.Where(f => f.Words.SequenceEqual(words)).Select(f => f.Office).Distinct()];
            return (i + words.Count, offices, prefixCountry);
        }
        return (-1, [], null);
    }

    private bool Inflects(string token, string form)
    {
        if (token == form)
            return true;
        if (grammar.Language != "de" || !token.StartsWith(form, StringComparison.Ordinal))
            return false;
        return token[form.Length..] is "s" or "n" or "en" or "in" or "innen" or "es";
    }

    private static OfficeEntry? ResolveOffice(List<OfficeEntry> offices, CountryEntry? country)
    {
        if (offices.Count == 0)
            return null;
        List<OfficeEntry> fitting = country is null ? offices : [.. offices.Where(o => o.Country == country.Code)];
        if (fitting.Count == 1 && (country is not null || offices.Count == 1 || fitting[0].IsDefault))
            return fitting[0];
        if (country is null)
        {
            List<OfficeEntry> defaults = [.. offices.Where(o => o.IsDefault)];
            if (defaults.Count == 1)
                return defaults[0];
        }
        return null;
    }

    /// <summary>German feminine office forms: "Außenministerin" is the "-in" form of a listed "Außenminister".</summary>
    private char GenderOfForm(List<Token> tokens, int first, int end)
    {
        if (grammar.Language != "de" || end <= first)
            return '-';
        string last = tokens[end - 1].Value;
        int dash = last.IndexOf('-');
        if (dash > 0)
            last = last[(dash + 1)..];
        if (!last.EndsWith("in", StringComparison.Ordinal) && !last.EndsWith("innen", StringComparison.Ordinal))
            return '-';
        string masculine = last.EndsWith("innen", StringComparison.Ordinal) ? last[..^5] : last[..^2];
        return language.OfficeForms.Any(f => f.Words.Count == 1 && f.Words[0] == masculine) || language.Titles.ContainsKey(masculine) ? 'f' : '-';
    }

    /// <summary>The entity a full or partial name refers to, created on first sight. Verified names link to Wikidata.</summary>
    internal PersonEntity Resolve(string name)
    {
        if (lexicon.PersonsByName.TryGetValue(name, out KnownPerson? known))
        {
            PersonEntity? linked = discourse.Persons.FirstOrDefault(p => p.Qid == known.Qid)
                ?? discourse.Persons.FirstOrDefault(p => p.Known is null && p.Surname == known.Surname && !p.Name.Contains(' '));
            if (linked is null)
            {
                linked = new PersonEntity(name, known);
                discourse.Persons.Add(linked);
            }
            linked.Known = known;
            linked.Name = known.Label;
            return linked;
        }
        string[] parts = name.Split(' ');
        PersonEntity? existing = discourse.Persons.FirstOrDefault(p => p.Name == name)
            ?? (parts.Length == 1 ? FindBySurname(name) : null)
            ?? discourse.Persons.FirstOrDefault(p => !p.Name.Contains(' ') && p.Known is null && p.Surname == parts[^1])
            ?? discourse.Persons.FirstOrDefault(p => p.Known is not null && p.Known.Aliases.Contains(name));
        if (existing is not null)
        {
            // "Präsident Macron" first, "Emmanuel Macron" later: keep the fuller name.
            if (existing.Known is null && parts.Length > existing.Name.Split(' ').Length)
                existing.Name = name;
            return existing;
        }
        var entity = new PersonEntity(name, null);
        discourse.Persons.Add(entity);
        return entity;
    }

    private PersonEntity? FindBySurname(string surname)
    {
        List<PersonEntity> matches = [.. discourse.Persons.Where(p => p.Surname == surname)];
        return matches.Count == 1 ? matches[0] : null;
    }

    private bool IsKnownSurname(string word) => discourse.Persons.Any(p => p.Surname == word);

    private bool LooksLikeName(string word)
    {
        if (language.Titles.ContainsKey(word) || language.CountryWords.ContainsKey(word) || grammar.IsDeterminer(word)
            || language.SpeechCues.Any(c => c.Words.Count == 1 && c.Words[0] == word) || grammar.DaysBefore(word, DayOfWeek.Sunday) is not null)
            return false;
        // "Hans-Dietrich" is a name; "Trump-Regierung" is not.
        return !word.Contains('-') || word.Split('-').All(p => p.Length > 1 && char.IsUpper(p[0]) && !language.CountryPrefixes.ContainsKey(p));
    }

    private static bool MatchesAt(List<Token> tokens, int i, IReadOnlyList<string> words, bool ignoreCaseOfFirst)
    {
        if (i + words.Count > tokens.Count)
            return false;
        for (int k = 0; k < words.Count; k++)
        {
            bool equal = k == 0 && ignoreCaseOfFirst
                ? string.Equals(tokens[i].Value, words[0], StringComparison.OrdinalIgnoreCase)
                : tokens[i + k].Value == words[k];
            if (!equal)
                return false;
        }
        return true;
    }
}
