using System.CommandLine;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// The <c>--union-default-graph</c> option that <c>kg query</c>, <c>kg update</c> and <c>kg serve</c> share: absent, a
/// store's default graph is what the store records (on for stores made by <c>kg ingest</c>, off for <c>kg load</c>);
/// given, it decides for this run only: an existing store's record is left as it is (a store the run creates records it).
/// </summary>
internal static class UnionDefaultGraphOption
{
    public static Option<bool?> Create(string filesDefault) => new("--union-default-graph")
    {
        Description = "Treat the default graph as the union of all graphs for this run (--union-default-graph false: the default graph only). "
            + "Default with --store: the store's recorded setting, on for stores made by 'kg ingest' and off for 'kg load'; the option does not change what an existing store records. "
            + filesDefault,
    };
}
