namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A statement pattern's result before it becomes an <see cref="ExtractedStatement"/>: the content's character
/// range in the article and the tokens of the attribution frame (everything but the content).</summary>
internal sealed record StatementMatch(PersonEntity Speaker, int ContentStart, int ContentEnd, string Cue, bool StrippedQuote, int CueToken = -1, int RemoveStart = -1, int RemoveEnd = -1);
