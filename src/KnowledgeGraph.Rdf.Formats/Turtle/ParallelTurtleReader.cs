using System.Buffers;
using KnowledgeGraph.Rdf.Formats.Reading;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// Reads a Turtle document in parts of whole statements parsed on worker threads, in input order. The calling thread
/// reads the stream and cuts it at statement ends (<see cref="TurtleStatementScanner"/>); it also reads every
/// directive itself, in order, so each part starts with exactly the base, prefixes and blank node labels that a
/// sequential reader would have at that point (Turtle §6.3), and with its line, column and byte offset, so errors
/// say where they are in the document. Results are the quads a <see cref="TurtleReader"/> gives, in the same order,
/// and the same first error.
/// </summary>
/// <remarks>
/// Strict mode only: lenient recovery skips to a statement end that a part boundary could move. A statement longer
/// than <see cref="MaxStatementBytes"/> (an unterminated string, say) sends the rest of the document to one
/// sequential reader, so memory stays bounded whatever the input.
/// </remarks>
internal sealed class ParallelTurtleReader
{
    /// <summary>
    /// Bytes per part: large enough to amortise a task, small enough that the quads in flight stay few. Parsed parts
    /// wait for the consumer, and every quad they hold survives the collections meanwhile; survivors are what a
    /// collection costs. Compact Turtle has ~12,000 triples per MB: with 1 MB parts a gen-0 collection promoted 3-8 MB,
    /// every one went on to gen 1, and one parse of the 1M BSBM file spent 125-165 ms in pauses; with 256 KB parts,
    /// 45-65 ms (and 0.83 -> 0.76 s for the whole process, peak 80 -> 61 MB).
    /// </summary>
    public const int DefaultPartBytes = 1 << 18;

    private const int MaxStatementBytes = 16 << 20;

    private readonly Stream _stream;
    private readonly RdfParserOptions _options;
    private readonly Action<PrefixMap> _onPrefixes;
    private readonly int _partBytes;

    public ParallelTurtleReader(Stream stream, RdfParserOptions options, Action<PrefixMap> onPrefixes, int partBytes = DefaultPartBytes)
    {
        _stream = stream;
        _options = options;
        _onPrefixes = onPrefixes;
        _partBytes = partBytes;
    }

    public IEnumerable<Quad> Read(CancellationToken cancellationToken)
    {
        var parts = new OrderedParts(onSkipped: null);
        var window = new Window(_stream, Math.Max(2 * _partBytes, 1 << 16));
        try
        {
            window.FillTo(_partBytes);
            TurtleReaderState state = TurtleReaderState.Initial(_options);
            var position = TextPosition.Start;
            if (window.Data.StartsWith("\uFEFF"u8))
            {
                // The byte order mark is not part of the document (and not a column).
                window.Consume(3);
                position = new TextPosition(1, 1, 3);
            }

            if (window.AtEnd)
            {
                // A small document: one sequential reader, no threads.
                foreach (Quad q in Sequential(window.Rest(), state, position, cancellationToken))
                {
                    yield return q;
                }

                yield break;
            }

            int scanned = 0; // statements in Data[..scanned] belong to the next part
            bool hasStatements = false;
            bool handOver = false;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TurtleStatementScanner.Kind kind = TurtleStatementScanner.Scan(window.Data, scanned, window.AtEnd, out int statementStart, out int end);
                if (kind == TurtleStatementScanner.Kind.Incomplete && !window.AtEnd)
                {
                    if (window.Data.Length - scanned > MaxStatementBytes)
                    {
                        // The rest goes to a sequential reader below.
                        if (hasStatements)
                        {
                            Start(parts, window.Take(scanned), state, position, cancellationToken);
                            position = position.Advance(window.Data[..scanned]);
                            window.Consume(scanned);
                        }

                        handOver = true;
                        break;
                    }

                    window.FillTo(window.Data.Length + _partBytes);
                    continue;
                }

                if (kind == TurtleStatementScanner.Kind.Triples)
                {
                    scanned = end;
                    hasStatements = true;
                    if (scanned >= _partBytes)
                    {
                        Start(parts, window.Take(scanned), state, position, cancellationToken);
                        position = position.Advance(window.Data[..scanned]);
                        window.Consume(scanned);
                        scanned = 0;
                        hasStatements = false;
                    }
                }
                else if (kind == TurtleStatementScanner.Kind.Directive)
                {
                    if (hasStatements)
                    {
                        Start(parts, window.Take(scanned), state, position, cancellationToken);
                    }

                    // Everything before the directive is statements (already started) or white space and comments.
                    position = position.Advance(window.Data[..statementStart]);
                    window.Consume(statementStart);
                    int length = end - statementStart;
                    RdfSyntaxException? error = ReadDirective(window.Data[..length], ref state, position);
                    if (error is not null)
                    {
                        parts.Add(ParsedPart.Failed(error));
                        break;
                    }

                    position = position.Advance(window.Data[..length]);
                    window.Consume(length);
                    scanned = 0;
                    hasStatements = false;
                }
                else
                {
                    // The end: complete statements, maybe followed by an incomplete one the parser will report.
                    if (hasStatements || kind == TurtleStatementScanner.Kind.Incomplete)
                    {
                        Start(parts, window.Take(window.Data.Length), state, position, cancellationToken);
                    }

                    window.Consume(window.Data.Length);
                    break;
                }

                while (parts.IsFull)
                {
                    foreach (Quad q in parts.DeliverOldest())
                    {
                        yield return q;
                    }
                }
            }

            while (!parts.IsEmpty)
            {
                foreach (Quad q in parts.DeliverOldest())
                {
                    yield return q;
                }
            }

            if (handOver)
            {
                // A statement too long to buffer: the rest of the document, read on this thread.
                foreach (Quad q in Sequential(window.Rest(), state, position, cancellationToken))
                {
                    yield return q;
                }
            }
        }
        finally
        {
            // Parts still running read buffers of the window's pool: wait for them first.
            parts.Dispose();
            window.Dispose();
        }
    }

    private IEnumerable<Quad> Sequential(Stream rest, TurtleReaderState state, TextPosition position, CancellationToken cancellationToken) =>
        new TurtleReader(rest, _options, trig: false, _onPrefixes, state, position).Read(cancellationToken);

    private RdfSyntaxException? ReadDirective(ReadOnlySpan<byte> directive, ref TurtleReaderState state, TextPosition position)
    {
        var reader = new TurtleReader(new MemoryStream(directive.ToArray(), writable: false), _options, trig: false, _onPrefixes, state, position);
        try
        {
            foreach (Quad _ in reader.Read(CancellationToken.None))
            {
                // A directive states no triples; the scanner only calls directives what the grammar starts as one.
            }
        }
        catch (RdfSyntaxException e)
        {
            return e;
        }

        state = reader.State;
        return null;
    }

    private void Start(OrderedParts parts, (byte[] Bytes, int Length) part, TurtleReaderState state, TextPosition position, CancellationToken cancellationToken) =>
        parts.Start(() => Parse(part.Bytes, part.Length, state, position, cancellationToken), cancellationToken);

    private ParsedPart Parse(byte[] bytes, int length, TurtleReaderState state, TextPosition position, CancellationToken cancellationToken)
    {
        Quad[] quads = PooledQuads.Rent(length, bytesPerQuad: 48);
        int count = 0;
        try
        {
            var reader = new TurtleReader(new MemoryStream(bytes, 0, length, writable: false, publiclyVisible: true), _options, trig: false, static _ => { }, state, position);
            foreach (Quad q in reader.Read(cancellationToken))
            {
                PooledQuads.Append(ref quads, ref count, q);
            }

            return new ParsedPart(quads, count, null, null);
        }
        catch (RdfSyntaxException e)
        {
            return new ParsedPart(quads, count, null, e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }


    /// <summary>The unconsumed bytes read from the stream so far, in one pooled buffer that grows as needed.</summary>
    private sealed class Window(Stream stream, int initialSize) : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        private int _start;
        private int _end;

        public bool AtEnd { get; private set; }

        public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

        /// <summary>Reads until <see cref="Data"/> holds at least <paramref name="length"/> bytes or the stream ends.</summary>
        public void FillTo(int length)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (length > _buffer.Length)
            {
                byte[] bigger = ArrayPool<byte>.Shared.Rent(length);
                Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            while (!AtEnd && _end < length)
            {
                int read = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    AtEnd = true;
                }

                _end += read;
            }
        }

        /// <summary>A pooled copy of the first <paramref name="length"/> bytes (the worker returns it to the pool).</summary>
        public (byte[] Bytes, int Length) Take(int length)
        {
            byte[] copy = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
            Buffer.BlockCopy(_buffer, _start, copy, 0, length);
            return (copy, length);
        }

        public void Consume(int length) => _start += length;

        /// <summary>The unconsumed bytes followed by the rest of the stream.</summary>
        public Stream Rest()
        {
            var buffered = new MemoryStream(Data.ToArray(), writable: false);
            return AtEnd ? buffered : new ConcatenatedStream(buffered, stream);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>Reads one stream to its end, then another.</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        private bool _firstDone;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!_firstDone)
            {
                int read = first.Read(buffer);
                if (read > 0 || buffer.IsEmpty)
                {
                    return read;
                }

                _firstDone = true;
            }

            return second.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
