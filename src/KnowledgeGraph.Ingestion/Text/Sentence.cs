namespace KnowledgeGraph.Ingestion.Text;

/// <summary>A sentence of an article: character offsets (End exclusive), its paragraph and its position.</summary>
internal sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text);
