namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// The six orders quads are indexed in. Every set of bound positions of a pattern is a prefix of one of them,
/// so every pattern is one range scan.
/// </summary>
internal enum IndexOrder
{
    Spog = 0,
    Posg = 1,
    Ospg = 2,
    Gspo = 3,
    Gpos = 4,
    Gosp = 5,
}
