namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>A person an annotator found in an article, with the keys of the offices the article says they hold
/// (keys of <c>data/lexicon/offices.tsv</c>).</summary>
public sealed record GoldPerson(string Name, IReadOnlyList<string> Offices);
