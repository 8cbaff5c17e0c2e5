namespace KnowledgeGraph.Server.Protocol;

/// <summary>Counts what a response carries and cuts it off after a maximum, remembering whether it did.</summary>
internal sealed class ResultLimiter(long max)
{
    public long Count { get; private set; }

    public bool Truncated { get; private set; }

    public IEnumerable<T> Apply<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        foreach (T item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Count == max)
            {
                Truncated = true;
                yield break;
            }

            Count++;
            yield return item;
        }
    }
}
