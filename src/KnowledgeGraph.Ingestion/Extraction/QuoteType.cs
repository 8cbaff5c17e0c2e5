namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>How a statement is rendered in the article.</summary>
public enum QuoteType
{
    /// <summary>The speaker's own words (in quotation marks, or verbatim speech whose marks were stripped).</summary>
    Direct,

    /// <summary>Reported speech (Konjunktiv I, "said that").</summary>
    Reported,
}
