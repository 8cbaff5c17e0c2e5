namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>Noun phrases of a sentence as the statement patterns need them.</summary>
internal static class NounPhrase
{
    /// <summary>The token where the noun phrase at <paramref name="index"/> has its head mention: after determiners
    /// ("der", "the") and, in German, attributive adjectives before a mention.</summary>
    public static int Start(SentenceContext context, Grammar grammar, int index)
    {
        int start = index;
        while (index < context.Tokens.Count && grammar.IsDeterminer(context.Tokens[index].Value) && context.MentionStartingAt(index) is null)
            index++;
        // German attributive adjectives after a determiner: "Der stellvertretende Vorsitzende", "die verteidigungspolitische Sprecherin".
        if (grammar.Language == "de" && index > start)
        {
            int k = index;
            while (k < context.Tokens.Count && context.Tokens[k].IsWord && !context.Tokens[k].IsCapitalized && !context.InQuote[k]
                   && context.Tokens[k].Value is var w && (w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal)))
                k++;
            if (k > index && context.MentionStartingAt(k) is not null)
                index = k;
        }
        return index;
    }
}
