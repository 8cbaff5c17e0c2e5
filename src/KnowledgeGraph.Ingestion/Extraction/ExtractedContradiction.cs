namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>Two statements the article says contradict each other, with the cue and sentence that say so.</summary>
public sealed record ExtractedContradiction(ExtractedStatement First, ExtractedStatement Second, string Cue, string EvidenceSentence);
