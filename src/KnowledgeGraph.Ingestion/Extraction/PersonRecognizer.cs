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
        "Bank", "Press", "Foundation", "Fund", "Society", "Commission", "Board", "Service", "Services", "Center", "Centre", "Network",
        "Airlines", "Airways", "Corporation", "Ltd", "Club", "League", "Federation", "Army", "Navy", "Force", "Guard", "Parliament",
        "Congress", "Senate", "House", "Assembly", "Administration", "Authority", "College", "School", "Hospital", "Museum", "Church",
        "Journal", "Magazine", "Tribune", "Telegraph", "Guardian", "Gazette", "Chronicle", "Review", "Radio", "TV", "Television",
        "Channel", "Studios", "Records", "Media", "Games", "Street", "Road", "Avenue", "Square", "Park", "Bridge", "Airport", "Station",
        "Stadium", "Arena", "Hall", "Tower", "Towers", "Island", "Islands", "River", "Lake", "Mountain", "County", "City", "State",
        "Republic", "Kingdom", "Empire", "Party", "Movement", "Front", "Alliance", "Coalition", "Agency", "Project", "Program", "Programme",
        "Image", "Images", "Video", "Photo", "Audio", "File", "Source", "Sources", "Though", "Although", "However", "Yet", "Still", "Meanwhile",
        "One", "Two", "Three", "Four", "Five", "Some", "Many", "Several", "Both", "All", "Other", "Others", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // Heads of names of organisations, places and things named after a person ("Steven F. Udvar-Hazy Center", "Max-Planck-
    // Institut", "Nobel Prize"): a name followed by one of them is no person.
    private static readonly HashSet<string> s_namedAfter = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Museum", "Foundation", "Institute", "Prize", "Award", "Awards", "Street", "Road", "Avenue", "Square", "Park",
        "Bridge", "Airport", "Station", "Stadium", "Arena", "Hall", "Tower", "Towers", "University", "College", "School", "Hospital",
        "Library", "Memorial", "Trust", "Fund", "Building", "Gallery", "Theatre", "Theater", "Festival", "Cup", "Trophy", "Medal",
        "Act", "Doctrine", "Company", "Inc", "Corp", "Group", "Stiftung", "Straße", "Platz", "Preis", "Institut", "Haus", "Schule",
        "Universität", "Gymnasium", "Zentrum", "Halle", "Brücke", "Flughafen", "Bahnhof", "Gesetz",
    };

    private static bool NamedAfter(List<Token> tokens, int after) => after < tokens.Count && s_namedAfter.Contains(tokens[after].Value);

    // Words before a post that say the person no longer (or not yet) holds it.
    private static readonly HashSet<string> s_formerMarkers = new(StringComparer.Ordinal)
    {
        "former", "Former", "Shadow", "shadow", "ex", "outgoing", "late", "designate", "frühere", "früheren", "früherer", "ehemalige",
        "ehemaligen", "ehemaliger", "einstige", "einstigen", "einstiger", "damalige", "damaligen", "damaliger", "künftige", "künftigen", "designierte", "designierten",
    };

    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "de", "von", "van", "del", "da", "der", "di", "la", "le", "bin", "al", "el", "ibn", "abu", "ben" };

    // "K.C." opening a name.
    private static readonly System.Text.RegularExpressions.Regex s_initials = new(@"^(\p{Lu}\.){1,3}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
            Mention? mention = TryTitled(tokens, inQuote, i, sentenceIndex, mentions) ?? TryKnownName(tokens, inQuote, i) ?? TryGivenName(tokens, inQuote, i)
                ?? TryNameBeforeTitle(tokens, inQuote, i)
                ?? TryPossessiveRole(tokens, inQuote, i, sentenceIndex) ?? TrySurname(tokens, i) ?? TryAnaphor(tokens, i, sentenceIndex);
            if (mention is null)
            {
                i++;
                continue;
            }
            mentions.Add(mention);
            i = mention.Last + 1;
        }
        ApplyAppositions(tokens, mentions);
        AddEnumerated(tokens, inQuote, mentions);
        NoteUnclaimedNames(tokens, inQuote, mentions);
        return mentions;
    }

    /// <summary>English: the last two words of each run of capitalised words that no mention covers and that could be a
    /// name ("Psychology major at University of Texas Arlington Amneh Jafari heard …"), for <see cref="TrySurname"/>.</summary>
    private void NoteUnclaimedNames(List<Token> tokens, bool[] inQuote, List<Mention> mentions)
    {
        if (grammar.Language != "en")
            return;
        for (int end = 2; end <= tokens.Count; end++)
        {
            // A run of capitalised words ends before token `end`.
            if (!tokens[end - 1].IsCapitalized || (end < tokens.Count && tokens[end].IsCapitalized) || !tokens[end - 2].IsCapitalized)
                continue;
            int first = end - 2;
            if (mentions.Any(m => m.Last >= first && m.First < end) || IsPlaceAt(tokens, first) || IsGivenName(tokens[first].Value))
                continue;
            if (BareNameParts(tokens, inQuote, first, end - 1) is { } name && !discourse.UnclaimedNames.Contains(name))
                discourse.UnclaimedNames.Add(name);
        }
    }

    /// <summary>"John Kerry, the Secretary of State, …", "Luis Videgaray, der mexikanische Außenminister, …": a role
    /// in apposition to a name is that person's, with its post.</summary>
    private static void ApplyAppositions(List<Token> tokens, List<Mention> mentions)
    {
        for (int k = 1; k < mentions.Count; k++)
        {
            Mention role = mentions[k];
            Mention named = mentions[k - 1];
            if (role.Kind != MentionKind.Role || named.Kind != MentionKind.Named || named.Entity is not { } person)
                continue;
            int before = role.First - 1;
            while (before > named.Last && tokens[before].IsWord && !tokens[before].IsCapitalized)
                before--;
            bool closed = role.Last + 1 >= tokens.Count || tokens[role.Last + 1].Value is "," or "." or ")" or ";";
            if (before != named.Last + 1 || tokens[before].Value != "," || !closed)
                continue;
            if (role.Office is { } office && !person.OfficeEntries.Contains(office))
                person.OfficeEntries.Add(office);
            if (role.Role is { } r && r != GenericRole)
                person.Roles.Add(r);
            mentions[k] = role with { Entity = person };
        }
    }

    /// <summary>"photographers such as Ansel Adams, Chuck Close, Walker Evans, Robert Mapplethorpe, and Helmut Newton":
    /// names listed with a recognised person's name are persons too.</summary>
    private void AddEnumerated(List<Token> tokens, bool[] inQuote, List<Mention> mentions)
    {
        var added = new List<Mention>();
        foreach (Mention m in mentions.Where(m => m.Kind == MentionKind.Named && m.Last > m.First).ToList())
        {
            // Backwards: "Ansel Adams, Chuck Close, Walker Evans, [Robert Mapplethorpe]", "Vitas Gerulaitis (tennis) and
            // [Jack Nicklaus]": a name before a comma or "and", an aside in parentheses after it.
            // Only a full name vouches for a list ("Captain America" does not).
            int separator = m.Entity is { } anchor && anchor.Name.Contains(' ') ? m.First - 1 : -1;
            while (separator >= 2 && tokens[separator].Value is "," or "and" or "und")
            {
                int last = separator - 1;
                if (tokens[separator].Value is "and" or "und" && tokens[last].Value == ",")
                    last--;
                if (last > 0 && tokens[last].Value == ")")
                {
                    int open = tokens.FindLastIndex(last - 1, Math.Min(6, last), t => t.Value == "(");
                    if (open < 2 || tokens.Skip(open + 1).Take(last - open - 1).Any(t => !t.IsWord))
                        break;
                    last = open - 1;
                }
                int start = last;
                while (start > 0 && last - start < 2 && tokens[start - 1].IsCapitalized)
                    start--;
                if (start > 0 && tokens[start - 1].IsCapitalized || mentions.Concat(added).Any(x => x.Last >= start && x.First <= last)
                    || TryBareName(tokens, inQuote, start, last) is not { } bare)
                    break;
                added.Add(bare);
                separator = start - 1;
            }
            // Forwards: "[Christopher Makos] and Felice Quinto", ", and Helmut Newton".
            int next = m.Last + 1;
            while (next < tokens.Count && tokens[next].Value is "," or "and" or "und" or "sowie")
            {
                int start = next + 1;
                if (start < tokens.Count && tokens[next].Value == "," && tokens[start].Value is "and" or "und")
                    start++;
                int stop = start;
                while (stop < tokens.Count && stop - start < 3 && tokens[stop].IsCapitalized)
                    stop++;
                bool separated = stop >= tokens.Count || tokens[stop].Value is "," or "and" or "und" or "." or "(" or ")" or ";";
                if (stop - start < 2 || !separated || mentions.Concat(added).Any(x => x.First >= start && x.First < stop)
                    || TryBareName(tokens, inQuote, start, stop - 1) is not { } bare)
                    break;
                added.Add(bare);
                next = stop;
            }
        }
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>A name of two or three capitalised words next to a speech verb, for persons no title introduces.</summary>
    public Mention? TryBareName(List<Token> tokens, bool[] inQuote, int first, int last) =>
        BareNameParts(tokens, inQuote, first, last) is { } name ? new Mention(first, last, MentionKind.Named, Resolve(name)) : null;

    /// <summary>The name tokens [<paramref name="first"/>, <paramref name="last"/>] spell when they can be a bare name: two or
    /// three capitalised words, none a function word, title, place or the head of something named after a person.</summary>
    private string? BareNameParts(List<Token> tokens, bool[] inQuote, int first, int last)
    {
        if (last - first < 1 || last - first > 2)
            return null;
        for (int k = first; k <= last; k++)
        {
            string w = tokens[k].Value;
            bool initials = k == first && s_initials.IsMatch(w);
            if (inQuote[k] || !tokens[k].IsCapitalized || (!initials && (!LooksLikeName(w) || w.All(c => !char.IsLetter(c) || char.IsUpper(c))))
                || s_notNames.Contains(w) || w.Contains('\'') || w.Contains('’'))
                return null;
        }
        if (language.PlaceForms.Any(f => f.Words.Count == last - first + 1 && Enumerable.Range(0, f.Words.Count).All(k => f.Words[k] == tokens[first + k].Value))
            || NamedAfter(tokens, last + 1))
            return null;
        return string.Join(' ', tokens.Skip(first).Take(last - first + 1).Select(t => t.Value));
    }

    private Mention? TryTitled(List<Token> tokens, bool[] inQuote, int i, int sentenceIndex, List<Mention> before)
    {
        int start = i;
        CountryEntry? country = null;
        // A country adjective before the title: "mexikanischen Kollegen", "U.S. President", "New Zealand's Prime Minister".
        if (CountryPhraseAt(tokens, i) is var (phraseCountry, length) && i + length < tokens.Count)
        {
            country = phraseCountry;
            i += length;
        }
        else if (language.CountryWords.TryGetValue(tokens[i].Value, out CountryEntry? adjective) && i + 1 < tokens.Count)
        {
            country = adjective;
            i++;
        }
        // "former Secretary of State", "Shadow Home Secretary", "der frühere Außenminister", "Ex-Kanzler": no office now.
        bool former = (start > 0 && s_formerMarkers.Contains(tokens[start - 1].Value)) || (i > start && s_formerMarkers.Contains(tokens[i - 1].Value))
            || tokens[i].Value.StartsWith("Ex-", StringComparison.Ordinal) || tokens[i].Value.StartsWith("Alt-", StringComparison.Ordinal);
        if (i < tokens.Count - 1 && tokens[i].Value is "Shadow" or "Former")
        {
            former = true;
            i++;
        }
        (int end, List<OfficeEntry> offices, CountryEntry? prefixCountry) = MatchOffice(tokens, i);
        TitleEntry? title = null;
        if (end < 0)
        {
            string word = tokens[i].Value;
            // Sentence-initial capitals: "Spokesman Mark Lee" for the listed "spokesman".
            if (!language.Titles.TryGetValue(word, out title) && !(i == 0 && language.Titles.TryGetValue(char.ToLowerInvariant(word[0]) + word[1..], out title))
                && (title = CompoundTitle(word)) is null && (title = PluralTitle(word)) is null)
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
        OfficeEntry? office = former ? null : ResolveOffice(offices, country, grammar.Language);
        string? role = office?.Role ?? title?.Role ?? offices.FirstOrDefault()?.Role;
        char gender = title?.Gender ?? GenderOfForm(tokens, i, end);

        int nameStart = end;
        int nameEnd = nameStart;
        while (nameEnd < tokens.Count && nameEnd - nameStart < 5 && !inQuote[nameEnd]
               && ((tokens[nameEnd].IsCapitalized && LooksLikeName(tokens[nameEnd].Value) && !(nameEnd > nameStart && s_notNames.Contains(tokens[nameEnd].Value)))
                   || (nameEnd > nameStart && IsParticleName(tokens[nameEnd].Value))
                   || (nameEnd > nameStart && s_nameParticles.Contains(tokens[nameEnd].Value) && nameEnd + 1 < tokens.Count && tokens[nameEnd + 1].IsCapitalized)))
        {
            // An initial: "L. Ron Hubbard", "John F. Kennedy".
            if (tokens[nameEnd].Value.Length == 1 && nameEnd + 2 < tokens.Count && tokens[nameEnd + 1].Value == "." && tokens[nameEnd + 2].IsCapitalized)
                nameEnd++;
            nameEnd++;
        }
        if (nameEnd == nameStart)
        {
            // "Die Wehrbeauftragte des Bundestages, Eva Hofer, …": the name follows the role as an apposition.
            if (Apposition(tokens, inQuote, end) is var (appStart, appEnd))
            {
                nameStart = appStart;
                nameEnd = appEnd;
            }
            else
            {
                // A bare role noun ("der Minister", "the secretary", "die SPD-Politikerin"): coreference.
                if (role is null || country is not null && start != i)
                    return null;
                PersonEntity? referent = role == GenericRole ? ResolveGeneric(gender, sentenceIndex) : discourse.ResolveRole(role);
                return new Mention(start, end - 1, MentionKind.Role, referent, office, role);
            }
        }
        if (NamedAfter(tokens, nameEnd))
            return null;
        List<string> parts = [.. tokens.Skip(nameStart).Take(nameEnd - nameStart).Where(t => t.Value != ".").Select(t => t.Value.Length == 1 && char.IsUpper(t.Value[0]) ? t.Value + "." : t.Value)];
        // "Präsident Trumps Äußerungen", "President Trump's policies".
        if (grammar.StripGenitive(parts[^1]) is { } stripped && (IsKnownSurname(stripped) || parts[^1].Contains('\'') || parts[^1].Contains('’')))
            parts[^1] = stripped;
        string name = string.Join(' ', parts);
        PersonEntity entity = Resolve(name);
        if (role is not null && role != GenericRole)
            entity.Roles.Add(role);
        if (gender == '-')
            gender = GenderOfGivenName(parts[0]);
        if (gender != '-' && entity.Gender == '-')
            entity.Gender = gender;
        // "seinem mexikanischen Kollegen Luis Videgaray": the counterpart holds the same kind of post in that country.
        if (office is null && role == "colleague" && country is not null && Counterpart(before, country) is { } counterpart)
            office = counterpart;
        if (office is not null && !entity.OfficeEntries.Contains(office))
            entity.OfficeEntries.Add(office);
        return new Mention(start, nameEnd - 1, MentionKind.Named, entity);
    }

    /// <summary>English plural of a listed lower-case title before the names it lists ("publishers Jann Wenner …",
    /// "photographers Nat Finkelstein, …"): a title with no role, since it names several people.</summary>
    private TitleEntry? PluralTitle(string word)
    {
        if (grammar.Language != "en" || word.Length < 4 || !word.EndsWith('s') || !char.IsLower(word[0])
            || !language.Titles.TryGetValue(word[..^1], out TitleEntry? singular))
            return null;
        return singular with { Role = null, Gender = '-' };
    }

    /// <summary>The role "person" (German "Politiker"): a role noun that refers like a pronoun.</summary>
    private const string GenericRole = "person";

    /// <summary>"die SPD-Politikerin": the salient person of that gender (the last speaker, else the person named in the
    /// previous sentence).</summary>
    private PersonEntity? ResolveGeneric(char gender, int sentenceIndex)
    {
        PersonEntity? referent = discourse.ResolvePronoun(gender, sentenceIndex);
        return referent is not null && (gender == '-' || referent.Gender == gender) ? referent : null;
    }

    /// <summary>A German compound whose head is a listed title: "Verdi-Chef", "SPD-Politikerin", "Außenamtssprecher",
    /// "Grünen-Fraktionschefin". The head after the last hyphen, else the longest listed title ending the word.</summary>
    private TitleEntry? CompoundTitle(string word)
    {
        if (grammar.Language != "de" || word.Length < 5 || !char.IsUpper(word[0]))
            return null;
        int dash = word.LastIndexOf('-');
        if (dash > 0 && dash < word.Length - 1)
        {
            string head = word[(dash + 1)..];
            if (language.Titles.TryGetValue(head, out TitleEntry? t) && t.Role is not null)
                return t;
            word = head;
        }
        TitleEntry? best = null;
        foreach ((string form, TitleEntry t) in language.Titles)
        {
            if (t.Role is null || form.Length < 4 || form.Length >= word.Length || form.Contains(' '))
                continue;
            if (word.EndsWith(form, StringComparison.Ordinal) || (word.EndsWith(form.ToLowerInvariant(), StringComparison.Ordinal) && char.IsLower(word[^form.Length])))
            {
                if (best is null || form.Length > best.Form.Length)
                    best = t;
            }
        }
        return best;
    }

    /// <summary>After a role that no name follows: "[des Bundestages], Eva Hofer[,]" — an optional genitive or
    /// prepositional phrase (up to six words, and a parenthetical aside), a comma, and a name that a given name opens or that ends the clause.
    /// Returns the name's token range.</summary>
    private (int Start, int End)? Apposition(List<Token> tokens, bool[] inQuote, int from)
    {
        int comma = -1;
        int aside = 0;
        for (int k = from; k < tokens.Count && k - from - aside <= 6; k++)
        {
            if (inQuote[k])
                return null;
            if (tokens[k].Value == ",")
            {
                comma = k;
                break;
            }
            // A parenthetical aside of words: "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino".
            if (tokens[k].Value == "(" && tokens.FindIndex(k + 1, t => !t.IsWord) is var close && close > k + 1 && close - k <= 8 && tokens[close].Value == ")")
            {
                aside += close - k + 1;
                k = close;
                continue;
            }
            if (!tokens[k].IsWord)
                return null;
        }
        if (comma < 0 || comma + 1 >= tokens.Count || inQuote[comma + 1])
            return null;
        int start = comma + 1;
        int end = start;
        while (end < tokens.Count && end - start < 3 && !inQuote[end]
               && ((tokens[end].IsCapitalized && LooksLikeName(tokens[end].Value) && !s_notNames.Contains(tokens[end].Value))
                   || (end > start && s_nameParticles.Contains(tokens[end].Value) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)))
            end++;
        if (end - start < 2)
            return null;
        bool closed = end >= tokens.Count || tokens[end].Value is "," or "." or ":" || !tokens[end].IsCapitalized;
        bool delimited = end >= tokens.Count || tokens[end].Value is "," or "." || IsSpeechVerb(tokens, end);
        return closed && (IsGivenName(tokens[start].Value) || delimited) ? (start, end) : null;
    }

    /// <summary>A given name and one or two capitalised words: "Michael Bauer", "Anja Kramer". In English the name must
    /// not continue a capitalised phrase ("St. Louis Cardinals").</summary>
    private Mention? TryGivenName(List<Token> tokens, bool[] inQuote, int i)
    {
        if (!tokens[i].IsCapitalized || !IsGivenName(tokens[i].Value) || i + 1 >= tokens.Count)
            return null;
        if (grammar.Language == "en" && i > 0 && tokens[i - 1].IsCapitalized && !language.Titles.ContainsKey(tokens[i - 1].Value.TrimEnd('.'))
            && !s_notNames.Contains(tokens[i - 1].Value) && !language.CountryWords.ContainsKey(tokens[i - 1].Value))
            return null;
        int end = i + 1;
        int max = grammar.Language == "de" ? 2 : 3;
        while (end < tokens.Count && end - i <= max && !inQuote[end]
               && ((tokens[end].IsCapitalized && LooksLikeName(tokens[end].Value) && !s_notNames.Contains(tokens[end].Value) && !IsPlaceAt(tokens, end))
                   || (s_nameParticles.Contains(tokens[end].Value) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)))
        {
            // German: a capitalised word after a complete first and last name is a noun ("Michael Bauer Vorsitzender").
            if (grammar.Language == "de" && end - i == 2 && !IsGivenName(tokens[end - 1].Value) && !s_nameParticles.Contains(tokens[end - 1].Value))
                break;
            end++;
        }
        while (end > i + 1 && s_nameParticles.Contains(tokens[end - 1].Value))
            end--;
        if (end == i + 1 || NamedAfter(tokens, end))
            return null;
        List<string> parts = [.. tokens.Skip(i).Take(end - i).Select(t => t.Value)];
        if (grammar.StripGenitive(parts[^1]) is { } stripped && (parts[^1].Contains('\'') || parts[^1].Contains('’')))
            parts[^1] = stripped;
        PersonEntity entity = Resolve(string.Join(' ', parts));
        if (entity.Gender == '-')
            entity.Gender = GenderOfGivenName(parts[0]);
        return new Mention(i, end - 1, MentionKind.Named, entity);
    }

    /// <summary>"Kristen Wilkins, curator of the exhibit", "K.C. Maurer, chief financial officer": a name that an
    /// apposition with a title follows (English).</summary>
    private Mention? TryNameBeforeTitle(List<Token> tokens, bool[] inQuote, int i)
    {
        if (grammar.Language != "en" || !tokens[i].IsCapitalized || (i > 0 && tokens[i - 1].IsCapitalized && !s_notNames.Contains(tokens[i - 1].Value)))
            return null;
        int end = i;
        while (end < tokens.Count && end - i < 3 && tokens[end].IsCapitalized)
            end++;
        if (end - i < 2 || end >= tokens.Count || tokens[end].Value != ",")
            return null;
        bool titled = false;
        for (int k = end + 1; k < Math.Min(tokens.Count, end + 6) && tokens[k].Value != ","; k++)
        {
            if (tokens[k].Value is "with" or "by" or "for" or "to" or "from" or "of" or "in" or "on" or "at" or "and" or "or" or "who" or "which" or "that")
                break;
            if (language.Titles.TryGetValue(tokens[k].Value, out TitleEntry? t) && t.Role is not null)
            {
                titled = true;
                break;
            }
        }
        return titled ? TryBareName(tokens, inQuote, i, end - 1) : null;
    }

    /// <summary>"Kranz' Sprecher", "Trumps Sprecherin": a possessive name before a role noun refers to the role holder,
    /// never to the possessor.</summary>
    private Mention? TryPossessiveRole(List<Token> tokens, bool[] inQuote, int i, int sentenceIndex)
    {
        if (!tokens[i].IsCapitalized)
            return null;
        int roleAt = i + 1;
        string word = tokens[i].Value;
        string? possessor = null;
        if (roleAt < tokens.Count && tokens[roleAt].Value is "'" or "’")
        {
            possessor = word;
            roleAt++;
        }
        else if (grammar.StripGenitive(word) is { } stripped && stripped != word)
            possessor = stripped;
        if (possessor is null || !IsKnownSurname(possessor) || roleAt >= tokens.Count || inQuote[roleAt])
            return null;
        string roleWord = tokens[roleAt].Value;
        TitleEntry? title = language.Titles.GetValueOrDefault(roleWord) ?? CompoundTitle(roleWord);
        if (title?.Role is null)
            return null;
        // A name after the role is the role holder's: "Trumps Sprecher Sean Spicer" is left to the title rule.
        if (roleAt + 1 < tokens.Count && tokens[roleAt + 1].IsCapitalized && LooksLikeName(tokens[roleAt + 1].Value))
            return null;
        return new Mention(i, roleAt, MentionKind.Role, title.Role == GenericRole ? null : discourse.ResolveRole(title.Role));
    }

    /// <summary>The post of the same kind as the nearest preceding person's (in the sentence, else the last speaker's), in the given country.</summary>
    private OfficeEntry? Counterpart(List<Mention> before, CountryEntry country)
    {
        PersonEntity? holder = before.LastOrDefault(m => m.Entity?.OfficeEntries.Count > 0)?.Entity ?? discourse.LastSpeaker?.Person;
        if (holder is null)
            return null;
        List<OfficeEntry> fitting = [.. holder.OfficeEntries.SelectMany(o => lexicon.Offices.Where(x => x.Kind == o.Kind && x.Country == country.Code)).Distinct()];
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private (CountryEntry Country, int Length)? CountryPhraseAt(List<Token> tokens, int i)
    {
        foreach ((IReadOnlyList<string> words, CountryEntry country) in language.CountryPhrases)
        {
            if (i + words.Count <= tokens.Count && Enumerable.Range(0, words.Count).All(k => tokens[i + k].Value == words[k]))
                return (country, words.Count);
        }
        return null;
    }

    /// <summary>"al-Amr", "bin-Salman": a family name that a lower-case particle and a hyphen open.</summary>
    private static bool IsParticleName(string word) =>
        word.IndexOf('-') is var dash && dash > 0 && s_nameParticles.Contains(word[..dash]) && dash + 1 < word.Length && char.IsUpper(word[dash + 1]);

    private bool IsGivenName(string word)
    {
        int dash = word.IndexOf('-');
        return language.GivenNames.ContainsKey(dash > 0 ? word[..dash] : word);
    }

    private char GenderOfGivenName(string word)
    {
        int dash = word.IndexOf('-');
        return language.GivenNames.TryGetValue(dash > 0 ? word[..dash] : word, out char g) ? g : '-';
    }

    private bool IsPlaceAt(List<Token> tokens, int at) =>
        language.PlaceForms.Any(f => at + f.Words.Count <= tokens.Count && Enumerable.Range(0, f.Words.Count).All(k => tokens[at + k].Value == f.Words[k]));

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
        // A misspelt surname ("Mauer" for "Maurer") right before a speech verb is the person already named.
        if (entity is null && (IsSpeechVerb(tokens, i + 1) || IsSpeechVerb(tokens, i - 1)))
        {
            entity = FindSimilar([word]);
            // "Amneh Jafari heard of the incident … Jafari said": the surname that speaks (the subject before the verb, or
            // after it at the end of the clause: "…, said Jafari.") makes the earlier name a person.
            bool speaks = IsSpeechVerb(tokens, i + 1) || i + 1 >= tokens.Count || !tokens[i + 1].IsWord;
            List<string> claimed = [.. discourse.UnclaimedNames.Where(n => n.EndsWith(" " + word, StringComparison.Ordinal))];
            if (entity is null && speaks && claimed.Count == 1)
            {
                entity = Resolve(claimed[0]);
                discourse.UnclaimedNames.Remove(claimed[0]);
            }
        }
        return entity is null ? null : new Mention(i, i, MentionKind.Surname, entity);
    }

    private bool IsSpeechVerb(List<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && language.SpeechCues.Any(c => c.Words.Count == 1 && c.Words[0] == tokens[i].Value);

    /// <summary>The one person whose name differs from <paramref name="parts"/> by a slip of spelling: the same first
    /// letter and at most one edit (two for names of eight letters or more) in the surname, or in the given name when the
    /// surname is the same ("Kristin"/"Kristen Wilkins", "Ms Bauchtman" for Lydia Buchtmann).</summary>
    private PersonEntity? FindSimilar(string[] parts)
    {
        List<PersonEntity> matches;
        if (parts.Length == 1)
            matches = [.. discourse.Persons.Where(p => NameSimilarity.Similar(p.Surname, parts[0]))];
        else
        {
            matches = [.. discourse.Persons.Where(p => p.Name.Split(' ') is { Length: >= 2 } q
                && ((q[^1] == parts[^1] && NameSimilarity.Similar(q[0], parts[0])) || (q[0] == parts[0] && NameSimilarity.Similar(q[^1], parts[^1]))))];
        }
        return matches.Count == 1 ? matches[0] : null;
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
            if (grammar.Language == "de" && pronoun.Gender == 'f' && referent?.Gender != 'f')
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

    private static OfficeEntry? ResolveOffice(List<OfficeEntry> offices, CountryEntry? country, string articleLanguage)
    {
        if (offices.Count == 0)
            return null;
        // German news name German federal posts without a country ("Verteidigungsminister Georg Brehm"); foreign ones
        // carry a cue ("US-Verteidigungsminister", "Österreichs Innenminister").
        if (country is null && articleLanguage == "de" && offices.Count(o => o.Country == "DE") == 1)
            return offices.First(o => o.Country == "DE");
        List<OfficeEntry> fitting = country is null ? offices : [.. offices.Where(o => o.Country == country.Code)];
        // Without a country cue a form names its only post when that post is the default or the home country's: English
        // news name U.S. posts bare ("Secretary of State"); "Environment Minister" alone may be any country's.
        string home = articleLanguage == "de" ? "DE" : "US";
        if (fitting.Count == 1 && (country is not null || fitting[0].IsDefault || (offices.Count == 1 && fitting[0].Country == home)))
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
        existing ??= FindSimilar(parts);
        if (existing is not null)
        {
            // "Präsident Macron" first, "Emmanuel Macron" later: keep the fuller name; of spellings of the same length
            // ("Kristin"/"Kristen Wilkins"), the one the article uses most.
            if (existing.Known is null && parts.Length >= existing.Name.Split(' ').Length)
                existing.NoteSpelling(name);
            return existing;
        }
        var entity = new PersonEntity(name, null);
        entity.NoteSpelling(name);
        discourse.Persons.Add(entity);
        return entity;
    }

    private PersonEntity? FindBySurname(string surname)
    {
        List<PersonEntity> matches = [.. discourse.Persons.Where(p => p.Surname == surname)];
        if (matches.Count == 0)
        {
            // Family name first ("Zhao Qiming" → "Zhao"): a two-word name whose first word is no known given name.
            matches = [.. discourse.Persons.Where(p => p.Known is null && p.Name.Split(' ') is [var first, _] && first == surname && !IsGivenName(first))];
        }
        return matches.Count == 1 ? matches[0] : null;
    }

    private bool IsKnownSurname(string word) => FindBySurname(word) is not null || discourse.Persons.Any(p => p.Surname == word);

    private bool LooksLikeName(string word)
    {
        if (language.Titles.ContainsKey(word) || language.CountryWords.ContainsKey(word) || grammar.IsDeterminer(word)
            || language.SpeechCues.Any(c => c.Words.Count == 1 && c.Words[0] == word) || grammar.DaysBefore(word, DayOfWeek.Sunday) is not null)
            return false;
        // "Hans-Dietrich" and "al-Amr" are names; "Trump-Regierung" is not.
        string[] parts = word.Split('-');
        return parts.Length == 1 || parts.Select((p, k) => p.Length > 1 && (char.IsUpper(p[0]) || (k == 0 && s_nameParticles.Contains(p))) && !language.CountryPrefixes.ContainsKey(p)).All(x => x);
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
