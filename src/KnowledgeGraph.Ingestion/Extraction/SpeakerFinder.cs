using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// Finds who speaks around a speech cue: the subject before the verb (with its appositions, descriptive phrases and
/// introductory phrases), the speaker right after an inverted verb, and bare names the recognizer accepts there. One
/// instance per article (it shares the article's <see cref="PersonRecognizer"/>).
/// </summary>
internal sealed class SpeakerFinder(LanguageLexicon language, Grammar grammar, PersonRecognizer recognizer)
{
    /// <summary>The subject of a verb at <paramref name="v"/> when it fills the field before it: a mention (with
    /// determiners) right before the verb, or an apposition ("Kelly, the secretary, said"). English subjects may follow an
    /// introductory phrase ("According to the Herald, Professor John Burrows … said") or a coordinator (", but he replied")
    /// and may carry a descriptive phrase before the name ("University of Texas Muslim Student Association president Sehar
    /// Memon said").</summary>
    public Mention? SubjectBefore(SentenceContext context, int v)
    {
        if (v == 0)
            return null;
        int start = NounPhrase.Start(context, grammar, 0);
        Mention? m = context.MentionEndingAt(v - 1);
        if (m is not null && m.First == start)
            return m;
        // "Der Vorsitzende des Landeselternrats, Michael Bauer, sagte": an apposition closed by a comma.
        if (context.Is(v - 1, ",") && context.MentionEndingAt(v - 2) is { } closed && closed.First == start)
            return closed;
        // "Bundesinnenministerin Sabine Falk, die für den Bund verhandelt, sagte": a relative clause between commas.
        if (grammar.Language == "de" && context.MentionStartingAt(start) is { } relHead && context.Is(relHead.Last + 1, ",") && context.Is(v - 1, ",")
            && v - 1 > relHead.Last + 2 && context.Tokens[relHead.Last + 2].Value is "der" or "die" or "den" or "dem" or "dessen" or "deren" or "welche" or "welcher"
            && !context.Tokens.Skip(relHead.Last + 2).Take(v - relHead.Last - 3).Any(t => t.Value == ","))
            return relHead;
        if (grammar.Language != "en")
            return null;
        List<Token> tokens = context.Tokens;
        foreach (int clause in ClauseStarts(context, v))
        {
            int first = NounPhrase.Start(context, grammar, clause);
            // Adverbs between subject and verb: "Kelly also said", "He later told".
            int e = v - 1;
            while (e > first && tokens[e].Value is "also" or "later" or "then" or "previously" or "further" or "again" or "repeatedly" or "once" or "earlier")
                e--;
            Mention? subject = context.MentionEndingAt(e);
            if (subject is null && e > first && recognizer.TryBareName(tokens, context.InQuote, Math.Max(first, e - 1), e) is { } bare && DescriptorStart(context, bare.First, allowLowercase: false) <= first)
            {
                context.Mentions.Add(bare);
                subject = bare;
            }
            if (subject is not null && subject.First >= first && DescriptorStart(context, subject.First, allowLowercase: false) <= first)
                return subject;
            // "Jeff Rathke, the State Department spokesperson, said"; "Lydia Buchtmann for Food Standards Australia, says".
            if (context.Is(v - 1, ","))
            {
                Mention? head = context.Mentions.FirstOrDefault(x => x.Entity is not null && x.First >= first && x.Last < v - 2 && DescriptorStart(context, x.First, allowLowercase: false) <= first)
                    ?? BareNameAt(context, first);
                if (head is not null && head.Last + 1 < v - 1 && (context.Is(head.Last + 1, ",") || tokens[head.Last + 1].Value is "for" or "of" or "from" or "at")
                    && !tokens.Skip(head.Last + 2).Take(v - head.Last - 3).Any(t => t.Value is ":" || grammar.IsComplementizer(t.Value)))
                    return head;
            }
            // "… Devocht, who had told Montalvo he would assist him": the relative pronoun's antecedent.
            int who = e;
            while (who > first && tokens[who].IsWord && grammar.IsAuxiliary(tokens[who].Value))
                who--;
            if (tokens[who].Value == "who" && context.Is(who - 1, ",") && context.MentionEndingAt(who - 2) is { Entity: not null } antecedent)
                return antecedent;
            // "Mark Zuckerberg tweeted to Mohamed and said": the subject of the first predicate.
            if (tokens[e].Value == "and" && context.Mentions.FirstOrDefault(x => x.First >= first && x.Last < e) is { } conjoined
                && DescriptorStart(context, conjoined.First, allowLowercase: false) <= first && !tokens.Skip(conjoined.Last + 1).Take(e - conjoined.Last - 1).Any(t => t.Value == ","))
                return conjoined;
        }
        return null;
    }

    /// <summary>Where a clause may start before the verb at <paramref name="v"/>: the sentence start, after an introductory
    /// phrase closed by a comma ("According to the Herald, …", "Speaking in the parents' defense, …"), or after a coordinator
    /// (", but he replied"). Nearest first.</summary>
    private static List<int> ClauseStarts(SentenceContext context, int v)
    {
        List<Token> tokens = context.Tokens;
        var starts = new List<int>();
        bool introduced = tokens.Count > 0 && IsIntroductory(tokens[0].Value);
        for (int i = v - 1; i > 0; i--)
        {
            if (context.InQuote[i] || tokens[i].Value != ",")
                continue;
            if (i + 1 < v && tokens[i + 1].Value is "but" or "and" or "while" or "so" or "yet" or "with")
                starts.Add(i + 2);
            else if (introduced)
                starts.Add(i + 1);
        }
        starts.Add(0);
        return starts;
    }

    /// <summary>Words that open an introductory phrase before the subject ("According to …,", "In her remarks,").</summary>
    public static bool IsIntroductory(string word) => word is "According" or "After" or "Before" or "In" or "On" or "At" or "During" or "Speaking"
        or "Discussing" or "Asked" or "Citing" or "Meanwhile" or "However" or "Earlier" or "Later" or "Also" or "Separately" or "Responding"
        or "Writing" or "Following" or "Despite" or "While" or "When" or "As" or "Since" or "Though" or "Although" or "Yesterday" or "Today" or "Last"
        or "Allegedly" or "Nach" or "Bei" or "Am" or "Im" or "Auf" or "Laut" or "Zuvor" or "Später";

    /// <summary>The first token of the descriptive phrase that ends right before <paramref name="index"/> (capitalised
    /// words, titles, country words, possessives and the function words of names of organisations: "University of Texas
    /// Arlington Muslim Student Association president"); <paramref name="index"/> when there is none.</summary>
    public int DescriptorStart(SentenceContext context, int index, bool allowLowercase)
    {
        int k = index;
        int lowercase = 0;
        while (k > 0)
        {
            Token t = context.Tokens[k - 1];
            if (context.InQuote[k - 1] || !t.IsWord && t.Value is not ("-" or "&" or "'" or "’"))
                break;
            bool descriptor = t.IsCapitalized || language.Titles.ContainsKey(t.Value) || t.Value.EndsWith("'s", StringComparison.Ordinal)
                || t.Value is "of" or "at" or "for" or "the" or "and" or "in" or "on" or "de" or "-" or "&";
            if (!descriptor)
            {
                if (!allowLowercase || ++lowercase > 2)
                    break;
            }
            k--;
        }
        // Function words cannot open the phrase.
        while (k < index && context.Tokens[k].Value is "of" or "at" or "for" or "and" or "in" or "on" or "-" or "&")
            k++;
        return k;
    }

    /// <summary>A bare name (two or three capitalised words the recognizer accepts) at <paramref name="start"/>.</summary>
    public Mention? BareNameAt(SentenceContext context, int start)
    {
        int end = start;
        while (end < context.Tokens.Count && context.Tokens[end].IsCapitalized && end - start < 3)
            end++;
        if (end - start < 2 || recognizer.TryBareName(context.Tokens, context.InQuote, start, end - 1) is not { } bare)
            return null;
        context.Mentions.Add(bare);
        return bare;
    }

    /// <summary>The speaker right after an inverted verb: "sagte Kelly", "sagte der Minister", "said Kelly", "sagte er".</summary>
    public PersonEntity? SpeakerAt(SentenceContext context, int index, bool allowBareName)
    {
        int np = NounPhrase.Start(context, grammar, index);
        if (context.MentionStartingAt(np) is { } m)
            return m.Entity;
        if (allowBareName)
        {
            int end = np;
            while (end < context.Tokens.Count && context.Tokens[end].IsCapitalized && end - np < 3)
                end++;
            if (end - np >= 2 && (end >= context.Tokens.Count || !context.Tokens[end].IsCapitalized) && recognizer.TryBareName(context.Tokens, context.InQuote, np, end - 1) is { } bare)
            {
                context.Mentions.Add(bare);
                return bare.Entity;
            }
        }
        return null;
    }
}
