namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// The parts of a document being parsed on worker threads, delivered in input order: the parallel N-Quads and Turtle
/// readers start parts as they cut them and take the oldest one's quads once enough are in flight. A few parts ahead
/// of the consumer at most, so memory stays bounded.
/// </summary>
/// <remarks>
/// Disposing waits for every part still running, even when the enumeration was abandoned (an error downstream, a
/// cancelled query), so that no buffer goes back to the pool while a worker reads it.
/// </remarks>
internal sealed class OrderedParts : IDisposable
{
    private readonly Queue<Task<ParsedPart>> _pending = new();
    private readonly int _inFlight = Math.Max(2, 2 * Environment.ProcessorCount);
    private readonly Action<RdfSyntaxException>? _onSkipped;

    /// <param name="onSkipped">Lenient mode's handler, told of each skipped statement in input order on the caller's thread.</param>
    public OrderedParts(Action<RdfSyntaxException>? onSkipped)
    {
        _onSkipped = onSkipped;
    }

    /// <summary>True when as many parts are in flight as the cores can keep busy: deliver the oldest before starting more.</summary>
    public bool IsFull => _pending.Count >= _inFlight;

    public bool IsEmpty => _pending.Count == 0;

    /// <summary>Parses a part on a worker thread.</summary>
    public void Start(Func<ParsedPart> parse, CancellationToken cancellationToken) =>
        _pending.Enqueue(Task.Run(parse, cancellationToken));

    /// <summary>Queues a part parsed on the caller's thread (a small input, a single core) or an error found there.</summary>
    public void Add(ParsedPart part) => _pending.Enqueue(Task.FromResult(part));

    /// <summary>The quads of the oldest part, then its error if it has one; its array goes back to the pool.</summary>
    public IEnumerable<Quad> DeliverOldest()
    {
        ParsedPart part = _pending.Dequeue().GetAwaiter().GetResult();
        int nextSkipped = 0;
        try
        {
            for (int i = 0; i < part.Count; i++)
            {
                nextSkipped = ReportSkippedBefore(part, i, nextSkipped);
                yield return part.Quads![i];
            }

            ReportSkippedBefore(part, int.MaxValue, nextSkipped);
            if (part.Fatal is not null)
            {
                throw part.Fatal;
            }
        }
        finally
        {
            if (part.Quads is not null)
            {
                PooledQuads.Return(part.Quads);
            }
        }
    }

    public void Dispose()
    {
        foreach (Task<ParsedPart> t in _pending)
        {
            try
            {
                t.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The error of an undelivered part concerns nobody any more.
            }
        }
    }

    private int ReportSkippedBefore(ParsedPart part, int quadIndex, int next)
    {
        while (part.Skipped is not null && next < part.Skipped.Count && part.Skipped[next].QuadIndex <= quadIndex)
        {
            _onSkipped?.Invoke(part.Skipped[next].Error);
            next++;
        }

        return next;
    }
}
