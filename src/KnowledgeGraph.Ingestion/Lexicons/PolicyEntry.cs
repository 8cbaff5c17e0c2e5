using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A policy from <c>data/lexicon/policies.tsv</c> with its German and English patterns.</summary>
internal sealed record PolicyEntry(string Key, string LabelDe, string LabelEn, Regex German, Regex English)
{
    /// <summary>The pattern for a language ("de" or "en").</summary>
    public Regex For(string language) => language == "de" ? German : English;
}
