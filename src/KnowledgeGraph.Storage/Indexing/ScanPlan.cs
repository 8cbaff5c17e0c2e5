using System.Numerics;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// How a quad pattern is answered: one range [<see cref="Low"/>, <see cref="High"/>] (inclusive) of one index,
/// then a <see cref="GraphFilter"/>.
/// </summary>
internal readonly record struct ScanPlan(IndexOrder Order, UInt128 Low, UInt128 High, GraphFilter Filter)
{
    private const int S = 1, P = 2, O = 4, G = 8;

    // The index whose leading positions are exactly the bound ones, by bit mask of bound positions.
    private static readonly IndexOrder[] s_byBound =
    [
        IndexOrder.Spog, // none
        IndexOrder.Spog, // S
        IndexOrder.Posg, // P
        IndexOrder.Spog, // SP
        IndexOrder.Ospg, // O
        IndexOrder.Ospg, // SO
        IndexOrder.Posg, // PO
        IndexOrder.Spog, // SPO
        IndexOrder.Gspo, // G
        IndexOrder.Gspo, // SG
        IndexOrder.Gpos, // PG
        IndexOrder.Gspo, // SPG
        IndexOrder.Gosp, // OG
        IndexOrder.Gosp, // SOG
        IndexOrder.Gpos, // POG
        IndexOrder.Spog, // SPOG
    ];

    /// <summary>
    /// Plans a pattern; false when it can match nothing (an id no store hands out in that position).
    /// </summary>
    public static bool TryCreate(long subject, long predicate, long @object, long graph, bool unionDefaultGraph, out ScanPlan plan)
    {
        plan = default;
        if (!IsTermOrAny(subject) || !IsTermOrAny(predicate) || !IsTermOrAny(@object))
        {
            return false;
        }

        int bound = (subject != TermIds.Any ? S : 0) | (predicate != TermIds.Any ? P : 0) | (@object != TermIds.Any ? O : 0);
        uint s = (uint)subject, p = (uint)predicate, o = (uint)@object;
        IndexOrder order;
        switch (graph)
        {
            case TermIds.Any:
                order = s_byBound[bound];
                plan = Range(order, s, p, o, 0, BitOperations.PopCount((uint)bound), GraphFilter.None);
                return true;

            case TermIds.DefaultGraph when unionDefaultGraph:
                // Graph unbound, so the chosen index has the graph last (SPOG, POSG or OSPG).
                order = s_byBound[bound];
                plan = Range(order, s, p, o, 0, BitOperations.PopCount((uint)bound), GraphFilter.UnionDistinct);
                return true;

            case TermIds.AnyNamedGraph when bound == 0:
                // Named graphs have ids above the default graph's: one range of GSPO.
                plan = new ScanPlan(IndexOrder.Gspo, QuadKeys.Pack((uint)TermIds.DefaultGraph + 1, 0, 0, 0), UInt128.MaxValue, GraphFilter.None);
                return true;

            case TermIds.AnyNamedGraph:
                order = s_byBound[bound];
                plan = Range(order, s, p, o, 0, BitOperations.PopCount((uint)bound), GraphFilter.NamedOnly);
                return true;

            default:
                if (!QuadKeys.IsStorable(graph))
                {
                    return false;
                }

                bound |= G;
                order = s_byBound[bound];
                plan = Range(order, s, p, o, (uint)graph, BitOperations.PopCount((uint)bound), GraphFilter.None);
                return true;
        }
    }

    private static ScanPlan Range(IndexOrder order, uint s, uint p, uint o, uint g, int boundCount, GraphFilter filter)
    {
        // Unbound positions are 0 and sit after the bound ones in this order, so the key is the range's low end.
        UInt128 low = QuadKeys.Encode(order, s, p, o, g);
        UInt128 high = boundCount == 0 ? UInt128.MaxValue : low | ((UInt128.One << (32 * (4 - boundCount))) - 1);
        return new ScanPlan(order, low, high, filter);
    }

    private static bool IsTermOrAny(long id) => id == TermIds.Any || (id > TermIds.DefaultGraph && id <= QuadKeys.MaxTermId);
}
