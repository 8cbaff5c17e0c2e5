using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A forward-only window over decoded text with arbitrary lookahead, tracking line, column (in code points) and the
/// UTF-8 byte offset of the next character, so that errors can say exactly where they are.
/// </summary>
internal sealed class TextCursor : IDisposable
{
    public const int End = -1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int ChunkSize = 1 << 16;

    private readonly Stream _stream;
    private readonly Decoder _decoder = StrictUtf8.GetDecoder();
    private readonly string? _source;

    // Undecoded input: the stream's bytes read so far, or, for an in-memory stream, its whole buffer (no copy).
    private byte[]? _bytes;
    private int _bytesStart;
    private int _bytesEnd;
    private bool _inputDone;
    private bool _bytesRented;

    private char[] _buffer = ArrayPool<char>.Shared.Rent(ChunkSize);
    private int _position;
    private int _length;
    private bool _eof;

    public TextCursor(Stream stream, string? source)
        : this(stream, source, TextPosition.Start)
    {
    }

    /// <summary>
    /// A cursor over a part of a document that begins at <paramref name="start"/>; only a document's first part may
    /// begin with a byte order mark.
    /// </summary>
    public TextCursor(Stream stream, string? source, TextPosition start)
    {
        _stream = stream;
        if (stream is MemoryStream memory && memory.TryGetBuffer(out ArraySegment<byte> segment))
        {
            // Parts of a document read in parallel: decode straight from the part's bytes.
            _bytes = segment.Array;
            _bytesStart = segment.Offset + (int)memory.Position;
            _bytesEnd = segment.Offset + segment.Count;
            _inputDone = true;
        }

        _source = source;
        Line = start.Line;
        Column = start.Column;
        Offset = start.Offset;
        if (start.Offset == 0 && Peek() == '\uFEFF')
        {
            // A byte order mark is not part of the document.
            _position++;
            Offset += 3;
        }
    }

    public long Line { get; private set; }

    public long Column { get; private set; }

    public long Offset { get; private set; }

    /// <summary>The character <paramref name="ahead"/> places on, or <see cref="End"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Peek(int ahead = 0)
    {
        if (_position + ahead >= _length && !Fill(ahead + 1))
        {
            return End;
        }

        return _buffer[_position + ahead];
    }

    /// <summary>Consumes and returns one UTF-16 unit, or <see cref="End"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Next()
    {
        int c = Peek();
        if (c == End)
        {
            return End;
        }

        _position++;
        if (c == '\n')
        {
            Line++;
            Column = 1;
            Offset++;
        }
        else if (char.IsHighSurrogate((char)c))
        {
            // The low surrogate that follows completes one code point: count the column once, bytes: 4 in all.
            Offset += 2;
        }
        else if (char.IsLowSurrogate((char)c))
        {
            Column++;
            Offset += 2;
        }
        else
        {
            Column++;
            Offset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        return c;
    }

    /// <summary>
    /// The characters buffered from the current position on (empty only at the end of the input), for the fast paths
    /// that find a token's end with one vectorised search; a token that runs past them takes the slow path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Buffered()
    {
        if (_position >= _length)
        {
            Fill(1);
        }

        return _buffer.AsSpan(_position, _length - _position);
    }

    /// <summary>Consumes <paramref name="count"/> buffered units that hold no line break and end on a whole code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SkipInLine(int count)
    {
        ReadOnlySpan<char> run = _buffer.AsSpan(_position, count);
        _position += count;
        if (Ascii.IsValid(run))
        {
            Column += count;
            Offset += count;
            return;
        }

        int lowSurrogates = 0;
        foreach (char c in run)
        {
            lowSurrogates += char.IsLowSurrogate(c) ? 1 : 0;
        }

        Column += count - lowSurrogates;
        Offset += Encoding.UTF8.GetByteCount(run);
    }

    /// <summary>Consumes <paramref name="count"/> units.</summary>
    public void Skip(int count)
    {
        for (int i = 0; i < count; i++)
        {
            Next();
        }
    }

    /// <summary>True when the next characters are <paramref name="text"/> (ordinal, or ASCII case-insensitive).</summary>
    public bool LookingAt(string text, bool ignoreCase = false)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int c = Peek(i);
            if (c == End)
            {
                return false;
            }

            if (c != text[i] && !(ignoreCase && char.ToUpperInvariant((char)c) == char.ToUpperInvariant(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An error at the current position.</summary>
    public RdfSyntaxException Error(string reason) => new(reason, Line, Column, Offset, _source);

    /// <summary>An error at a remembered position.</summary>
    public RdfSyntaxException Error(string reason, (long Line, long Column, long Offset) at) => new(reason, at.Line, at.Column, at.Offset, _source);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (long Line, long Column, long Offset) Mark() => (Line, Column, Offset);

    /// <summary>Describes the next character for an error message.</summary>
    public string DescribeNext()
    {
        int c = Peek();
        if (c == End)
        {
            return "end of input";
        }

        if (c < ' ' || c == 0x7F)
        {
            return $"U+{c:X4}";
        }

        if (char.IsHighSurrogate((char)c) && Peek(1) is int low and not End)
        {
            return $"'{(char)c}{(char)low}'";
        }

        return $"'{(char)c}'";
    }

    /// <summary>Returns the pooled buffers; the cursor is not used afterwards.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }

        if (_bytesRented)
        {
            ArrayPool<byte>.Shared.Return(_bytes!);
            _bytesRented = false;
        }

        _bytes = null;
    }

    private bool Fill(int needed)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        while (_length - _position < needed)
        {
            if (_eof)
            {
                return false;
            }

            if (_position > 0)
            {
                Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
                _length -= _position;
                _position = 0;
            }

            if (_buffer.Length - _length < 2)
            {
                // Room for a surrogate pair at least, so that decoding always makes progress.
                char[] bigger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
                Array.Copy(_buffer, bigger, _length);
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            int read;
            try
            {
                read = Decode(_buffer.AsSpan(_length));
            }
            catch (DecoderFallbackException e)
            {
                throw new RdfSyntaxException("the input is not valid UTF-8", Line, Column, Offset, _source, e);
            }

            if (read == 0)
            {
                _eof = true;
                return _length - _position >= needed;
            }

            _length += read;
        }

        return true;
    }

    /// <summary>Decodes the next characters into <paramref name="chars"/>; 0 only at the end of the input.</summary>
    private int Decode(Span<char> chars)
    {
        while (true)
        {
            if (_bytesStart == _bytesEnd && !_inputDone)
            {
                byte[] chunk = _bytesRented ? _bytes! : ArrayPool<byte>.Shared.Rent(ChunkSize);
                _bytes = chunk;
                _bytesRented = true;
                _bytesStart = 0;
                _bytesEnd = _stream.Read(chunk, 0, chunk.Length);
                _inputDone = _bytesEnd == 0;
            }

            ReadOnlySpan<byte> input = _bytes is null ? default : _bytes.AsSpan(_bytesStart, _bytesEnd - _bytesStart);
            _decoder.Convert(input, chars, flush: _inputDone, out int bytesUsed, out int charsUsed, out bool completed);
            _bytesStart += bytesUsed;
            if (charsUsed > 0)
            {
                return charsUsed;
            }

            if (_inputDone && completed)
            {
                return 0;
            }
        }
    }
}
