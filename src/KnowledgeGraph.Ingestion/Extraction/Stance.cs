using KnowledgeGraph.Ingestion.Lexicons;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>The stance a statement takes on a policy, and the words that take it ("lehne … ab", "keine").</summary>
internal sealed record Stance(PolicyEntry Policy, Polarity Polarity, string Cue);
