using System.Globalization;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Linking.Scoring;

/// <summary>
/// Finds candidates for a mention and scores them: name match, type compatibility, first names, offices held at
/// the document's date, countries (in the mention and in the document), co-occurring linked items, sitelink prior.
/// </summary>
internal sealed class CandidateScorer(WikidataKnowledgeBase kb, CountryCues countries)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public WikidataKnowledgeBase KnowledgeBase => kb;

    /// <summary>Candidates from every name of the mention, best match per item.</summary>
    public List<Candidate> Candidates(IEnumerable<string> names, EntityKind kind, string language, out List<string> lookedUp)
    {
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        lookedUp = [];
        foreach (string name in names)
        {
            var forms = MentionForms.Of(name, kind, language);
            // An office or place named with its country ("US-Außenminister", "Außenminister Mexikos") is looked up without it too.
            (string stem, IReadOnlySet<string> named) = countries.Strip(name);
            if (named.Count > 0 && stem.Length > 0 && kind is not EntityKind.Person)
                forms.AddRange(MentionForms.Of(stem, kind, language).Where(f => !forms.Any(g => g.Form == f.Form)));
            foreach ((string form, bool genitive) in forms)
            {
                lookedUp.Add(form);
                foreach ((WikidataItem item, NameMatch match) in kb.Lookup(form))
                    Keep(best, new Candidate(item, match, form, genitive));
            }
            // German inflects names of places and offices ("den Vereinigten Staaten", "des Weißen Hauses", "des
            // US-Präsidenten"): compared without case endings, after the exact forms.
            if (language == "de" && kind is not EntityKind.Person && forms.Count > 0)
            {
                foreach ((string form, _) in forms)
                {
                    string key = NameNormalizer.InflectionKey(form);
                    foreach ((WikidataItem item, NameMatch match) in kb.LookupInflected(key))
                        Keep(best, new Candidate(item, match, form, true));
                }
            }
            if (kind is EntityKind.Person or EntityKind.Unknown && PersonName.Parse(name) is { Given.Count: > 0 } person)
            {
                // The surname alone finds namesakes, so that the explanation can say why they do not fit.
                foreach ((WikidataItem item, NameMatch match) in kb.Lookup(person.Surname))
                {
                    if (match == NameMatch.Surname)
                        Keep(best, new Candidate(item, match, person.Surname, false));
                }
            }
        }
        lookedUp = [.. lookedUp.Distinct(StringComparer.Ordinal)];
        return [.. best.Values];
    }

    private static void Keep(Dictionary<string, Candidate> best, Candidate c)
    {
        if (!best.TryGetValue(c.Item.Qid, out Candidate? known) || c.Match < known.Match || (c.Match == known.Match && known.Inflected && !c.Inflected))
            best[c.Item.Qid] = c;
    }

    /// <summary>Scores one candidate; <paramref name="rejected"/> when a hard constraint rules it out.</summary>
    public double Score(Candidate c, EntityMention mention, IReadOnlyList<string> officeQids, DocumentContext context,
        List<string> reasons, out bool rejected)
    {
        rejected = false;
        WikidataItem item = c.Item;
        double score = c.Match switch
        {
            NameMatch.Label => Weights.Label,
            NameMatch.Alias => Weights.Alias,
            NameMatch.ShortName => Weights.ShortName,
            _ => Weights.Surname,
        };
        reasons.Add($"{Signed(score)} name \"{c.Form}\" matches {Describe(c.Match)}");
        if (c.Inflected)
        {
            score += Weights.Inflected;
            reasons.Add($"{Signed(Weights.Inflected)} read as an inflected form (genitive, possessive or German case ending)");
        }

        bool human = WikidataKnowledgeBase.IsHuman(item);
        bool position = kb.IsPosition(item);
        bool typed = item.InstanceOf.Count > 0 || position;
        string? typeProblem = mention.Kind switch
        {
            EntityKind.Person when !human => "a person links only to a human (Q5)",
            EntityKind.Office when human || !position => "an office links only to a position",
            EntityKind.Place or EntityKind.Organization when human || position => $"a {mention.Kind.ToString().ToLowerInvariant()} is neither a human nor a position",
            _ => null,
        };
        if (typeProblem is not null)
        {
            rejected = true;
            reasons.Add($"rejected: type — {typeProblem}; the item is {TypeText(item, human, position)}");
            return score;
        }
        if (mention.Kind != EntityKind.Unknown)
        {
            double t = typed ? Weights.TypeMatch : Weights.TypeUnknown;
            score += t;
            reasons.Add(typed ? $"{Signed(t)} type fits ({TypeText(item, human, position)})" : $"{Signed(t)} the base gives no class (P31)");
        }

        if (human && mention.Kind is EntityKind.Person or EntityKind.Unknown)
        {
            // Words before the surname that are not titles may be a role ("Politikwissenschaftler Wolfgang Merkel"):
            // the names conflict only when none of them is one of the item's first names.
            PersonName? named = mention.Names.Select(PersonName.Parse).FirstOrDefault(p => p?.First is not null);
            IReadOnlySet<string> known = kb.FirstNamesOf(item.Qid);
            if (named is not null && known.Count > 0 && !named.GivenFirsts.Any(g => known.Any(k => FirstNamesAgree(g, k))))
            {
                rejected = true;
                reasons.Add($"rejected: first name \"{named.First}\" ≠ {string.Join(" / ", known.Select(k => $"\"{k}\""))}");
                return score;
            }
        }

        if (human)
        {
            score += ScoreOffices(item, officeQids, context, reasons);
            if (officeQids.Count == 0)
                score += ScoreSitting(item, context, reasons);
        }

        IReadOnlySet<string> itemCountries = CountriesOf(item);
        HashSet<string> mentionCountries = [.. mention.Names.SelectMany(n => countries.Strip(n).Countries)];
        string? foreign = null;
        if (mentionCountries.Count == 0 && mention.Kind == EntityKind.Office)
        {
            // The text may qualify the office where it names it: "den mexikanischen Außenminister", "der französische Außenminister".
            (IReadOnlySet<string> known, foreign) = countries.Qualifiers(context.TextTokens, mention.Text);
            mentionCountries.UnionWith(known);
        }
        if (foreign is not null && itemCountries.Count > 0)
        {
            score += Weights.MentionCountryConflict;
            reasons.Add($"{Signed(Weights.MentionCountryConflict)} the text calls it \"{foreign}\", a country the base does not know; the item belongs to {Wording.List(itemCountries.Select(CountryName))}");
        }
        else if (mentionCountries.Count > 0 && itemCountries.Count > 0)
        {
            if (itemCountries.Overlaps(mentionCountries))
            {
                score += Weights.MentionCountryMatch;
                reasons.Add($"{Signed(Weights.MentionCountryMatch)} the mention names its country ({Wording.List(mentionCountries.Select(CountryName))})");
            }
            else
            {
                score += Weights.MentionCountryConflict;
                reasons.Add($"{Signed(Weights.MentionCountryConflict)} the mention names {Wording.List(mentionCountries.Select(CountryName))}, the item belongs to {Wording.List(itemCountries.Select(CountryName))}");
            }
        }
        else if (itemCountries.Count > 0 && itemCountries.FirstOrDefault(context.Countries.ContainsKey) is { } docCountry)
        {
            // An office or place belongs to one country: the country the text is about (named most often) is strong
            // evidence; a person's countries come from the positions held, so for persons it is weaker.
            int most = context.Countries.Values.Max();
            string? main = human ? null : itemCountries.FirstOrDefault(c => context.Countries.GetValueOrDefault(c) == most);
            double w = main is not null ? Weights.DocumentMainCountry : Weights.DocumentCountry;
            score += w;
            reasons.Add(main is not null
                ? $"{Signed(w)} the text names {CountryName(main)}, the item's country, most often"
                : $"{Signed(w)} the text names {CountryName(docCountry)}, the item's country");
        }
        else if (!human && mention.Kind == EntityKind.Office && context.Countries.Count == 0 && context.HomeCountry is { } home
                 && itemCountries.Contains(home))
        {
            // German news name foreign offices with their country ("US-Außenminister", "der französische Präsident");
            // a bare office name in a German text that names no country is Germany's.
            score += Weights.HomeCountry;
            reasons.Add($"{Signed(Weights.HomeCountry)} a bare office name in a text that names no country means {CountryName(home)}, as usual in {Wording.Language(context.Language)} news");
        }

        if (position && mention.Kind == EntityKind.Office && context.Date is { } onDate
            && kb.HoldersOf(item.Qid).FirstOrDefault(h => h.Term.Covers(onDate)) is { Holder: { } holder })
        {
            // Positions get renamed and replaced ("Federal Minister of Justice" became "… and Consumer Protection" in 2013):
            // one that somebody held on the article's date existed then.
            score += Weights.OfficeOccupied;
            reasons.Add($"{Signed(Weights.OfficeOccupied)} held on {Wording.Date(onDate)} by {holder.LabelIn(context.Language)} ({holder.Qid}), so it existed then");
        }

        var related = new HashSet<string>(StringComparer.Ordinal);
        related.UnionWith(item.Positions.Select(p => p.PositionQid));
        related.UnionWith(item.Countries);
        related.UnionWith(item.Jurisdictions);
        if (position)
            related.UnionWith(kb.HoldersOf(item.Qid).Select(h => h.Holder.Qid));
        related.Remove(item.Qid);
        related.IntersectWith(context.Linked);
        // Offices and countries were scored already; co-occurrence counts the rest.
        related.ExceptWith(officeQids);
        related.ExceptWith(context.Countries.Keys);
        if (related.Count > 0)
        {
            double co = Math.Min(Weights.CoOccurrenceMax, related.Count * Weights.CoOccurrence);
            score += co;
            reasons.Add($"{Signed(co)} related items linked in the same text: {string.Join(", ", related.Order(StringComparer.Ordinal))}");
        }

        if (item.Sitelinks is { } links && kb.MaxSitelinks > 0)
        {
            double prior = Weights.PriorSpan * (Math.Log(1 + links) / Math.Log(1 + kb.MaxSitelinks) - 0.5);
            score += prior;
            reasons.Add($"{Signed(prior)} popularity prior ({links} sitelinks)");
        }
        return score;
    }

    private double ScoreOffices(WikidataItem item, IReadOnlyList<string> officeQids, DocumentContext context, List<string> reasons)
    {
        double total = 0;
        foreach (string office in officeQids)
        {
            string name = kb.TryGetItem(office, out WikidataItem? o) ? $"{office} ({o.LabelIn(context.Language)})" : office;
            PositionHeld[] terms = [.. item.Positions.Where(p => p.PositionQid == office)];
            if (context.Date is { } date && terms.Any(t => t.Covers(date)))
            {
                total += Weights.OfficeAtDate;
                reasons.Add($"{Signed(Weights.OfficeAtDate)} held {name} on {Wording.Date(date)}, as the text says");
                continue;
            }
            if (terms.Length > 0)
            {
                total += Weights.OfficeOtherTime;
                reasons.Add($"{Signed(Weights.OfficeOtherTime)} held {name} {Wording.List(terms.Select(Wording.Term))}, as the text says"
                    + (context.Date is { } on ? $" (the base has no term covering {Wording.Date(on)})" : ""));
                continue;
            }
            if (context.Date is { } d && kb.HoldersOf(office).Where(h => h.Term.Covers(d) && h.Holder.Qid != item.Qid).Select(h => h.Holder).FirstOrDefault() is { } other)
            {
                total += Weights.OfficeHeldByOther;
                reasons.Add($"{Signed(Weights.OfficeHeldByOther)} the text gives {name}, which {other.LabelIn(context.Language)} ({other.Qid}) held on {Wording.Date(d)}");
            }
        }
        return total;
    }

    /// <summary>A person the text gives no office for, who held a position of a country the text names on the article's
    /// date: people in the news are mostly the ones in office ("Frau Merkel" in a 2020 Bundestag speech).</summary>
    private double ScoreSitting(WikidataItem item, DocumentContext context, List<string> reasons)
    {
        if (context.Date is not { } date || context.Countries.Count == 0)
            return 0;
        foreach (PositionHeld p in item.Positions)
        {
            if (!p.Covers(date) || !kb.TryGetItem(p.PositionQid, out WikidataItem? position))
                continue;
            if (position.Jurisdictions.Concat(position.Countries).FirstOrDefault(context.Countries.ContainsKey) is { } country)
            {
                reasons.Add($"{Signed(Weights.SittingOfficeholder)} held {p.PositionQid} ({position.LabelIn(context.Language)}) on {Wording.Date(date)}, a position of {CountryName(country)}, which the text names");
                return Weights.SittingOfficeholder;
            }
        }
        return 0;
    }

    /// <summary>The countries an item belongs to: P17, P1001, and for persons those of the positions they held.</summary>
    public IReadOnlySet<string> CountriesOf(WikidataItem item)
    {
        var set = new HashSet<string>(item.Countries.Concat(item.Jurisdictions), StringComparer.Ordinal);
        foreach (PositionHeld p in item.Positions)
        {
            if (kb.TryGetItem(p.PositionQid, out WikidataItem? position))
                set.UnionWith(position.Jurisdictions.Concat(position.Countries));
        }
        if (WikidataKnowledgeBase.IsCountry(item))
            set.Add(item.Qid);
        return set;
    }


    private string CountryName(string qid) => kb.TryGetItem(qid, out WikidataItem? c) ? $"{c.LabelIn("en")} ({qid})" : qid;

    private static bool FirstNamesAgree(string a, string b) =>
        a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));

    private static string TypeText(WikidataItem item, bool human, bool position) =>
        human ? "a human" : position ? "a position" : item.InstanceOf.Count > 0 ? "instance of " + string.Join(", ", item.InstanceOf) : "of unknown class";

    private static string Describe(NameMatch m) => m switch
    {
        NameMatch.Label => "a label",
        NameMatch.Alias => "an alias",
        NameMatch.ShortName => "first and last name of a longer label",
        _ => "the surname only",
    };

    private static string Signed(double v) => v.ToString("+0.0;-0.0;+0.0", C);
}
