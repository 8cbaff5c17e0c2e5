using System.Buffers;
using System.Collections.Concurrent;
using KnowledgeGraph.Rdf.Formats.Reading;

namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>
/// Reads an N-Triples or N-Quads stream as quads, in input order. Each line is a statement on its own, so once the
/// input is larger than one block, blocks of whole lines are parsed on worker threads (<see cref="OrderedParts"/>)
/// while the caller consumes the previous ones.
/// </summary>
internal sealed class NQuadsReader
{
    /// <summary>
    /// Bytes per block: a block's quads wait for the consumer and survive the collections meanwhile, so blocks are kept
    /// small (see <see cref="Turtle.ParallelTurtleReader.DefaultPartBytes"/>). On the 1M BSBM N-Triples file, 1 MB
    /// blocks: 10-11 gen-1 collections and 37 ms of pauses per parse; 256 KB blocks: 0-1 and 15-23 ms.
    /// </summary>
    private const int BlockSize = 1 << 18;

    private readonly Stream _stream;
    private readonly RdfParserOptions _options;
    private readonly bool _quads;
    private readonly NQuadsDocumentTerms _terms = new();
    private readonly ConcurrentBag<NQuadsLineParser> _parsers = [];

    public NQuadsReader(Stream stream, RdfParserOptions options, bool quads)
    {
        _stream = stream;
        _options = options;
        _quads = quads;
    }

    public IEnumerable<Quad> Read(CancellationToken cancellationToken)
    {
        using var parts = new OrderedParts(_options.OnError);
        foreach (Block block in Blocks(cancellationToken))
        {
            if (Environment.ProcessorCount == 1 || (block.IsLast && parts.IsEmpty))
            {
                // A single block (small input) or a single core: parse right here.
                parts.Add(Parse(block, cancellationToken));
            }
            else
            {
                parts.Start(() => Parse(block, cancellationToken), cancellationToken);
            }

            while (parts.IsFull || (block.IsLast && !parts.IsEmpty))
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
    }

    private ParsedPart Parse(Block block, CancellationToken cancellationToken)
    {
        if (!_parsers.TryTake(out NQuadsLineParser? parser))
        {
            parser = new NQuadsLineParser(_options, _quads, _terms);
        }

        Quad[] quads = PooledQuads.Rent(block.Length, bytesPerQuad: 64);
        int count = 0;
        List<(int, RdfSyntaxException)>? errors = null;
        RdfSyntaxException? fatal = null;
        try
        {
            ReadOnlySpan<byte> data = block.Buffer.AsSpan(0, block.Length);
            long lineNumber = block.FirstLine;
            long offset = block.Offset;
            while (!data.IsEmpty)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int newline = data.IndexOf((byte)'\n');
                int length = newline < 0 ? data.Length : newline;
                try
                {
                    if (parser.ParseLine(data[..length], lineNumber, offset, out Quad quad))
                    {
                        PooledQuads.Append(ref quads, ref count, quad);
                    }
                }
                catch (RdfSyntaxException e) when (_options.Lenient)
                {
                    (errors ??= []).Add((count, e));
                }
                catch (RdfSyntaxException e)
                {
                    fatal = e;
                    break;
                }

                int consumed = newline < 0 ? length : length + 1;
                data = data[consumed..];
                offset += consumed;
                lineNumber++;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block.Buffer);
            _parsers.Add(parser);
        }

        return new ParsedPart(quads, count, errors, fatal);
    }

    /// <summary>Cuts the stream into blocks of whole lines, numbering their first lines.</summary>
    private IEnumerable<Block> Blocks(CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        int length = 0;
        long line = 1;
        long offset = 0;
        bool first = true;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int read = _stream.ReadAtLeast(buffer.AsSpan(length), buffer.Length - length, throwOnEndOfStream: false);
            length += read;
            bool eof = length < buffer.Length;
            int start = 0;
            if (first && length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                // A byte order mark is not part of the document.
                start = 3;
                offset = 3;
            }

            first = false;
            int cut = eof ? length : buffer.AsSpan(start, length - start).LastIndexOf((byte)'\n') + start + 1;
            if (cut <= start)
            {
                if (eof)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    yield break;
                }

                // One line longer than the buffer: grow it and read on.
                byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, bigger, 0, length);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
                continue;
            }

            byte[] next = ArrayPool<byte>.Shared.Rent(BlockSize);
            int rest = length - cut;
            Buffer.BlockCopy(buffer, cut, next, 0, rest);
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, cut - start);
            }

            int blockLength = cut - start;
            int lines = buffer.AsSpan(0, blockLength).Count((byte)'\n');
            yield return new Block(buffer, blockLength, line, offset, IsLast: eof && rest == 0);
            line += lines;
            offset += blockLength;
            buffer = next;
            length = rest;
            if (eof && rest == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                yield break;
            }
        }
    }

    private readonly record struct Block(byte[] Buffer, int Length, long FirstLine, long Offset, bool IsLast);
}
