namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>What a stance word of <c>data/lexicon/stance-cues.tsv</c> says about the policy in its clause.</summary>
internal enum StanceCueKind
{
    /// <summary>A word of support ("unterstützen", "befürwortet", "support").</summary>
    Support,

    /// <summary>A word of opposition ("lehnt … ab", "Abschaffung", "oppose", "repeal").</summary>
    Oppose,

    /// <summary>A preposition of opposition right before the policy ("gegen", "against").</summary>
    Against,

    /// <summary>A preposition of support right before the policy ("in favor of").</summary>
    For,

    /// <summary>An adverb that negates the clause ("nicht", "not", "never").</summary>
    Negation,

    /// <summary>A determiner that denies the policy ("keine Massenabschiebungen", "no border wall").</summary>
    Denial,
}
