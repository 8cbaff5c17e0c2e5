namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Distinct (§18.5), streaming: a row is passed on the first time it is seen.</summary>
internal static class HashDistinct
{
    public static IEnumerable<long[]> Run(IEnumerable<long[]> input)
    {
        var seen = new HashSet<long[]>(RowComparer.Instance);
        foreach (long[] row in input)
        {
            if (seen.Add(row))
            {
                yield return row;
            }
        }
    }
}
