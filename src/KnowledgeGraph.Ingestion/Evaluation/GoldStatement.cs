using KnowledgeGraph.Ingestion.Extraction;

namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>A statement an annotator found: its id in the gold file, speaker, type, the date and place the text gives
/// for it (null when none), and its words.</summary>
public sealed record GoldStatement(string Id, string Speaker, QuoteType Type, DateOnly? Date, string? Place, string Text);
