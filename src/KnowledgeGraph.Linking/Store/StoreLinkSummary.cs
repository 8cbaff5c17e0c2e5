namespace KnowledgeGraph.Linking.Store;

/// <summary>What <see cref="StoreLinker.LinkAll"/> did.</summary>
/// <param name="Articles">Article graphs linked.</param>
/// <param name="Entities">Persons, offices and places considered.</param>
/// <param name="Linked">Entities linked to a Wikidata item.</param>
/// <param name="Nil">Entities left unlinked.</param>
public sealed record StoreLinkSummary(int Articles, int Entities, int Linked, int Nil);
