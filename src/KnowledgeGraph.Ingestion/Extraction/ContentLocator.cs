using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>Where the content of a statement begins after its speech verb, or ends before its attribution.</summary>
internal sealed class ContentLocator(Grammar grammar)
{
    /// <summary>Where the content starts after a speech verb: a quotation, the clause after ':' or ',', or after
    /// "dass"/"that"; -1 when there is none.</summary>
    public int Start(SentenceContext context, int index, SpeechCue cue)
    {
        List<Token> tokens = context.Tokens;
        int first = grammar.SkipObject(tokens, index, cue.Words[0]);
        for (int i = first; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (context.InQuote[i] || context.Quotes.Any(q => q.Start == t.Start))
                return i;
            if (t.Value is ":" or ",")
            {
                // English "Obama tweeted, using his account, \"…\"": the quotation is the content.
                if (grammar.Language == "en" && context.Quotes.FirstOrDefault(q => q.Start > t.Start) is { End: > 0 } quote)
                    return tokens.FindIndex(x => x.Start == quote.Start);
                int next = i + 1;
                // "räumte ein, dass …": the complementizer is no part of the content.
                if (next < tokens.Count - 1 && grammar.IsComplementizer(tokens[next].Value) && !context.InQuote[next])
                    next++;
                // English "pointed out those features, noting …": a participle after the comma is no content.
                if (grammar.Language == "en" && next < tokens.Count && tokens[next].IsWord && !tokens[next].IsCapitalized && tokens[next].Value.EndsWith("ing", StringComparison.Ordinal))
                    return -1;
                return next < tokens.Count - 1 ? next : -1;
            }
            // "that" opens the content right after the verb, its frame or addressee; after an object it is a relative
            // pronoun ("announced the locations that would be given …").
            if (grammar.IsComplementizer(t.Value))
            {
                bool afterFrame = grammar.Language != "en" || i == first || IsFrameWord(tokens[first].Value) || tokens[first].IsCapitalized || !tokens[first].IsWord;
                return afterFrame && i + 1 < tokens.Count - 1 ? i + 1 : -1;
            }
            // The particle of a separable verb closes the frame: "räumte zugleich ein, dass …".
            if (t.Value == cue.Particle)
                continue;
            // English clauses without "that" ("said the plan was dead") follow verbs of saying and thinking; other verbs
            // take objects ("pointed out those features"), except an addressee before an infinitive ("asked them not to …").
            if (grammar.Language == "en" && i == first && t.IsWord && !IsFrameWord(t.Value)
                && (s_bareClauseVerbs.Contains(cue.Words[0]) || (first > index || cue.Words[0] is "asked" or "urged") && tokens.Skip(i).Take(8).Any(x => x.Value == "to")))
                return tokens.Count - i >= 4 ? i : -1;
        }
        return -1;
    }

    /// <summary>Where content ends when it precedes token <paramref name="index"/>: at a comma ("…, sagte Kelly") or,
    /// in English, at a quotation closed right before it with the comma inside ("\"…,\" Kelly said"); -1 otherwise.</summary>
    public int EndBefore(SentenceContext context, int index)
    {
        if (index - 1 <= 0)
            return -1;
        if (context.Is(index - 1, ","))
            return context.Tokens[index - 1].Start;
        Token before = context.Tokens[index - 1];
        if (grammar.Language == "en" && context.Quotes.Any(q => q.End == before.End))
            return before.End;
        return -1;
    }

    private static readonly HashSet<string> s_bareClauseVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "claimed", "claims", "claim", "argued", "argues",
        "insisted", "insists", "explained", "explains", "noted", "notes", "warned", "warns", "wrote", "writes", "suggested", "admitted",
        "admits", "acknowledged", "conceded", "observed", "concluded", "estimated", "predicted", "asserted", "maintained", "confirmed",
        "reported", "recalled", "complained", "believes", "believed", "thinks", "thought", "agreed", "reiterated", "cautioned", "tweeted",
    };

    private static bool IsFrameWord(string word) => word is "on" or "in" or "at" or "during" or "after" or "before" or "last" or "yesterday" or "today" or "earlier" or "later" or "also" or "in" or "to";
}
