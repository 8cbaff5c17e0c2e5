namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A person with a verified Wikidata QID, from <c>data/wikidata/</c>.</summary>
/// <param name="Qid">The verified Wikidata QID.</param>
/// <param name="Label">The canonical name (the source's English label).</param>
/// <param name="Aliases">Names the person goes by in text ("Luis Videgaray" for "Luis Videgaray Caso").</param>
internal sealed record KnownPerson(string Qid, string Label, IReadOnlyList<string> Aliases)
{
    /// <summary>The family name used for later mentions ("Trump", "Videgaray").</summary>
    public string Surname => Aliases.Count > 0 ? Aliases[0].Split(' ')[^1] : Label.Split(' ')[^1];
}
