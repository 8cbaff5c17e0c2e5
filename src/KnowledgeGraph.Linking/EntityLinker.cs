using System.Globalization;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Linking.Online;
using KnowledgeGraph.Linking.Resolution;
using KnowledgeGraph.Linking.Scoring;
using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Linking;

/// <summary>
/// Links the persons, offices, places and organizations of a document to Wikidata items, or leaves them NIL.
/// Candidates come from folded labels and aliases (German and English); scores combine the name match, type
/// compatibility, offices the text says a person holds (checked against P39 at the document's date), countries,
/// co-occurring linked items and a sitelink prior; a softmax against a NIL option turns them into a confidence
/// in [0, 1]. Thread-safe; one instance serves many documents.
/// </summary>
public sealed class EntityLinker : IDisposable
{
    private readonly CandidateScorer _scorer;
    private readonly CountryCues _countries;
    private readonly WikidataOnlineClient? _online;

    /// <summary>Creates a linker over a knowledge base (the shipped verified base when null).</summary>
    public EntityLinker(WikidataKnowledgeBase? knowledgeBase = null, LinkerOptions? options = null)
    {
        KnowledgeBase = knowledgeBase ?? WikidataKnowledgeBase.Default;
        Options = options ?? LinkerOptions.Default;
        if (Options.MinConfidence is < 0 or > 1 || double.IsNaN(Options.MinConfidence))
            throw new ArgumentOutOfRangeException(nameof(options), $"MinConfidence must be in [0, 1], not {Options.MinConfidence}.");
        _countries = new CountryCues(KnowledgeBase);
        _scorer = new CandidateScorer(KnowledgeBase, _countries);
        _online = Options.Online is { } online ? new WikidataOnlineClient(online) : null;
    }

    /// <summary>The base linked against.</summary>
    public WikidataKnowledgeBase KnowledgeBase { get; }

    /// <summary>The options.</summary>
    public LinkerOptions Options { get; }

    /// <summary>Requests the online client sent (0 when offline).</summary>
    public int OnlineRequests => _online?.RequestsSent ?? 0;

    /// <summary>Links every mention of a document; results are in mention order.</summary>
    public IReadOnlyList<LinkResult> Link(LinkingDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<LinkResult> results = LinkWith(_scorer, document, "offline");
        if (_online is null || _online.Disabled)
            return results;

        // Online: only for mentions the base has nothing for; the service failing leaves the offline results.
        int[] missing = [.. Enumerable.Range(0, results.Count).Where(i => results[i].IsNil && results[i].Explanation.Candidates.All(c => c.Rejected))];
        if (missing.Length == 0)
            return results;
        List<WikidataItem> fetched;
        try
        {
            var ids = new List<string>();
            foreach (int i in missing)
                ids.AddRange(_online.Search(results[i].Mention.Text, document.Language, cancellationToken));
            fetched = ids.Count == 0 ? [] : [.. _online.GetEntities(ids, cancellationToken)];
        }
        catch (WikidataUnavailableException)
        {
            return results;
        }
        if (fetched.Count == 0)
            return results;
        var extended = new CandidateScorer(KnowledgeBase.With(fetched), _countries);
        List<LinkResult> second = LinkWith(extended, document, "online");
        foreach (int i in missing)
        {
            if (!second[i].IsNil)
                results[i] = second[i];
        }
        return results;
    }

    /// <summary>
    /// Explains how a mention would be linked (<c>kg link --explain</c>): the context text is searched for offices and
    /// countries and for a fuller form of the name ("John Kelly" for "Kelly").
    /// </summary>
    public LinkExplanation Explain(string mention, string language = "de", string? context = null, EntityKind kind = EntityKind.Unknown, DateOnly? date = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mention);
        context ??= "";
        var mentions = new List<EntityMention>();
        string? fuller = FullerName(mention, context);
        var resolver = new MentionResolver(KnowledgeBase, _countries);
        // A mention that is an office name is explained as an office ("US-Außenminister", "Finanzminister").
        if (kind == EntityKind.Unknown && resolver.IsOfficeName(mention))
            kind = EntityKind.Office;
        List<string> offices = [.. resolver.FindOffices(context)];
        // An office right before the name is the person's ("US-Heimatschutzminister John Kelly"); others are context.
        List<string> held = kind is EntityKind.Person or EntityKind.Unknown ? [.. resolver.FindOffices(TextBefore(context, fuller ?? mention))] : [];
        var target = new EntityMention(fuller ?? mention, kind) { OtherNames = fuller is null ? [] : [mention], Offices = held };
        mentions.Add(target);
        mentions.AddRange(offices.Select(o => new EntityMention(o, EntityKind.Office)));
        var doc = new LinkingDocument(language, mentions) { Text = context.Contains(mention, StringComparison.OrdinalIgnoreCase) ? context : context + " " + mention, Date = date };
        LinkExplanation e = Link(doc)[0].Explanation;
        if (fuller is not null)
            e = e with { Mention = mention, Notes = [$"\"{mention}\" is read as \"{fuller}\", the fuller name in the context", .. e.Notes] };
        return e;
    }

    private List<LinkResult> LinkWith(CandidateScorer scorer, LinkingDocument document, string method)
    {
        Dictionary<string, int> countries = _countries.Find(document.Text + " " + string.Join(" ", document.Mentions.SelectMany(m => m.Names)));
        var context = new DocumentContext(document.Language, document.Date, countries)
        {
            HomeCountry = Options.HomeCountries.GetValueOrDefault(document.Language),
            TextTokens = CountryCues.TextTokens(document.Text),
        };
        var resolver = new MentionResolver(scorer.KnowledgeBase, _countries);
        int count = document.Mentions.Count;

        // What the mentions say themselves: the office of a person's title ("US-Präsident Donald Trump"), and whether a
        // person mention is a description without a name ("The President", "Republican from Texas").
        var titled = new EntityMention[count];
        var descriptions = new MentionResolver.Description?[count];
        for (int i = 0; i < count; i++)
        {
            EntityMention m = document.Mentions[i];
            if (m.Kind is EntityKind.Person or EntityKind.Unknown)
            {
                descriptions[i] = resolver.Describe(m.Text);
                if (descriptions[i] is null && resolver.TitleOffices(m.Text) is { Count: > 0 } titles)
                    m = m with { Offices = [.. m.Offices.Union(titles, StringComparer.Ordinal)] };
            }
            titled[i] = m;
        }
        EntityMention[] mentions = [.. titled.Select((m, i) => MentionResolver.ResolveSurname(m, i, titled, document.Language))];
        var notes = new string?[count];
        for (int i = 0; i < count; i++)
        {
            if (!ReferenceEquals(mentions[i], titled[i]))
                notes[i] = $"the surname \"{document.Mentions[i].Text}\" is resolved within the text to \"{mentions[i].Text}\"";
        }

        // Pass 1: everything without co-occurrence; offices first so persons can use them.
        var officeLinks = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? OfficeQid(string name)
        {
            if (!officeLinks.TryGetValue(name, out string? qid))
            {
                LinkResult r = Decide(scorer, new EntityMention(name, EntityKind.Office), [], context, method);
                officeLinks[name] = qid = r.Qid;
            }
            return qid;
        }
        IReadOnlyList<string> OfficesOf(EntityMention m) =>
            [.. m.Offices.Select(OfficeQid).OfType<string>().Distinct(StringComparer.Ordinal)];

        var first = new LinkResult[count];
        var officeQids = new IReadOnlyList<string>[count];
        for (int i = 0; i < count; i++)
        {
            officeQids[i] = OfficesOf(mentions[i]);
            first[i] = Decide(scorer, mentions[i], officeQids[i], context, method);
        }

        // A description continues the nearest earlier person it fits: "John Kerry … the Secretary of State".
        string?[] firstQids = [.. first.Select(r => r.Qid)];
        for (int i = 0; i < count; i++)
        {
            if (descriptions[i] is not { } description)
                continue;
            IReadOnlyList<string> described = [.. description.Offices.Select(OfficeQid).OfType<string>().Distinct(StringComparer.Ordinal)];
            int j = resolver.Antecedent(description, i, mentions, descriptions, firstQids, officeQids, described);
            if (j < 0)
                continue;
            mentions[i] = mentions[j] with { Offices = [.. mentions[j].Offices.Union(description.Offices, StringComparer.Ordinal)] };
            officeQids[i] = OfficesOf(mentions[i]);
            first[i] = Decide(scorer, mentions[i], officeQids[i], context, method);
            notes[i] = $"the description \"{document.Mentions[i].Text}\" refers back to \"{mentions[j].Text}\", the nearest earlier person it fits";
        }

        // Pass 2: the items linked in pass 1 are context for each other.
        var linked = new HashSet<string>(first.Where(r => r.Qid is not null).Select(r => r.Qid!), StringComparer.Ordinal);
        var results = new List<LinkResult>(count);
        for (int i = 0; i < count; i++)
        {
            var others = new HashSet<string>(linked, StringComparer.Ordinal);
            if (first[i].Qid is { } own)
                others.Remove(own);
            LinkResult r = Decide(scorer, mentions[i], officeQids[i], context with { Linked = others }, method);
            if (!ReferenceEquals(mentions[i], document.Mentions[i]))
            {
                r = r with
                {
                    Mention = document.Mentions[i],
                    Explanation = r.Explanation with
                    {
                        Mention = document.Mentions[i].Text,
                        Notes = notes[i] is { } note ? [note, .. r.Explanation.Notes] : r.Explanation.Notes,
                    },
                };
            }
            results.Add(r);
        }
        return results;
    }

    private LinkResult Decide(CandidateScorer scorer, EntityMention mention, IReadOnlyList<string> officeQids, DocumentContext context, string method)
    {
        List<Candidate> candidates = scorer.Candidates(mention.Names, mention.Kind, context.Language, out List<string> lookedUp);
        var scored = new List<(Candidate C, double Score, bool Rejected, List<string> Reasons)>();
        foreach (Candidate c in candidates)
        {
            var reasons = new List<string>();
            double s = scorer.Score(c, mention, officeQids, context, reasons, out bool rejected);
            scored.Add((c, s, rejected, reasons));
        }
        double max = Math.Max(Weights.Nil, scored.Where(x => !x.Rejected).Select(x => x.Score).DefaultIfEmpty(double.MinValue).Max());
        double nilMass = Math.Exp(Weights.Nil - max);
        double total = nilMass + scored.Where(x => !x.Rejected).Sum(x => Math.Exp(x.Score - max));
        List<CandidateScore> list = [.. scored
            .Select(x => new CandidateScore(x.C.Item.Qid, x.C.Item.LabelIn(context.Language),
                x.C.Item.Descriptions.TryGetValue(context.Language, out string? d) || x.C.Item.Descriptions.TryGetValue("en", out d) ? d : null,
                x.C.Match, x.Score, x.Rejected ? 0 : Math.Exp(x.Score - max) / total, x.Rejected, x.Reasons))
            .OrderBy(s => s.Rejected).ThenByDescending(s => s.Probability).ThenBy(s => s.Qid, StringComparer.Ordinal)];
        double nil = nilMass / total;

        CandidateScore? best = list.FirstOrDefault(s => !s.Rejected);
        bool link = best is not null && best.Probability >= Options.MinConfidence;
        var notes = new List<string>();
        if (officeQids.Count > 0)
            notes.AddRange(OfficeNotes(scorer.KnowledgeBase, officeQids, context, link ? best!.Qid : null));
        if (context.Countries.Count > 0)
        {
            notes.Add("countries named in the text: " + Wording.List(context.Countries.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => $"{(scorer.KnowledgeBase.TryGetItem(kv.Key, out WikidataItem? c) ? c.LabelIn("en") + " " : "")}({kv.Key}) {Wording.Times(kv.Value)}")));
        }

        string summary;
        if (link)
        {
            summary = $"linked to {best!.Label} ({best.Qid}) with confidence {Wording.Percent(best.Probability)}";
        }
        else if (list.Count == 0)
        {
            summary = $"NIL: no item of the base ({Wording.Count(scorer.KnowledgeBase.Count, "item")}) has this name in any of the forms looked up";
        }
        else if (best is null)
        {
            summary = list.Count == 1
                ? "NIL: one item has a matching name, and it is ruled out (see why below)"
                : $"NIL: {Wording.Count(list.Count, "item")} have a matching name, and all are ruled out (see why below)";
        }
        else
        {
            summary = $"NIL: the best candidate, {best.Label} ({best.Qid}), reaches only {Wording.Percent(best.Probability)}, "
                + $"below the threshold of {Wording.Percent(Options.MinConfidence)}"
                + (best.Match == NameMatch.Surname ? "; it matches by surname only" : "");
        }
        var explanation = new LinkExplanation
        {
            Mention = mention.Text,
            LookedUp = lookedUp,
            Language = context.Language,
            Date = context.Date,
            Qid = link ? best!.Qid : null,
            Confidence = link ? best!.Probability : nil,
            Threshold = Options.MinConfidence,
            Candidates = list,
            Notes = notes,
            Summary = summary,
        };
        return new LinkResult(mention, explanation.Qid, explanation.Confidence, method, explanation);
    }

    private static IEnumerable<string> OfficeNotes(WikidataKnowledgeBase kb, IReadOnlyList<string> officeQids, DocumentContext context, string? linked)
    {
        foreach (string office in officeQids)
        {
            string name = kb.TryGetItem(office, out WikidataItem? o) ? $"{o.LabelIn(context.Language)} ({office})" : office;
            var holders = kb.HoldersOf(office);
            string Holder((WikidataItem Holder, PositionHeld Term) h) => $"{h.Holder.LabelIn(context.Language)} ({h.Holder.Qid}, {Wording.Term(h.Term)})";
            if (linked is not null && holders.Where(h => h.Holder.Qid == linked).ToList() is { Count: > 0 } own)
            {
                yield return context.Date is { } on && !own.Any(h => h.Term.Covers(on))
                    ? $"the text says the person is {name}; the base records {Wording.List(own.Select(Holder))}, not on {Wording.Date(on)}"
                    : $"the text says the person is {name}; the base agrees";
                continue;
            }
            string list = holders.Count == 0 ? "no holder of it"
                : holders.Count == 1 ? "one holder, " + Holder(holders[0])
                : $"{Wording.Count(holders.Count, "holder")}: {Wording.List(holders.Select(Holder))}";
            string at = context.Date is { } d
                ? holders.Any(h => h.Term.Covers(d)) ? $"; on {Wording.Date(d)} it lists " + Wording.List(holders.Where(h => h.Term.Covers(d)).Select(h => h.Holder.LabelIn(context.Language)))
                  : $"; none on {Wording.Date(d)}, so the holder the text names is not in the base"
                : "";
            yield return $"the text says the person is {name}; the base records {list}{at}";
        }
    }

    private static string? FullerName(string mention, string context)
    {
        if (PersonName.Parse(mention) is not { Given.Count: 0 } alone || context.Length == 0)
            return null;
        string[] words = context.Split((char[])[' ', '\n', '\t', ',', ';', ':', '"', '„', '“', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++)
        {
            if (NameNormalizer.Fold(words[i].TrimEnd('.', 's')) != alone.Surname && NameNormalizer.Fold(words[i].TrimEnd('.')) != alone.Surname)
                continue;
            int start = i;
            while (start > 0 && words[start - 1].Length > 0 && char.IsUpper(words[start - 1][0]) && !PersonName.IsTitle(NameNormalizer.Fold(words[start - 1]))
                   && (words[start - 1].Length > 2 || words[start - 1].EndsWith('.')))
                start--;
            if (start < i)
                return string.Join(' ', words[start..i]) + " " + words[i].TrimEnd('.');
        }
        return null;
    }

    /// <summary>The last few words of the context before the first occurrence of a name (folded).</summary>
    private static string TextBefore(string context, string name)
    {
        string folded = NameNormalizer.Fold(context), key = NameNormalizer.Fold(name);
        int at = key.Length == 0 ? -1 : (" " + folded + " ").IndexOf(" " + key + " ", StringComparison.Ordinal);
        if (at <= 0)
            return "";
        string[] before = NameNormalizer.Tokens(folded[..(at - 1 < 0 ? 0 : at)]);
        return string.Join(' ', before[Math.Max(0, before.Length - 6)..]);
    }

    /// <summary>Releases the online client.</summary>
    public void Dispose() => _online?.Dispose();
}
