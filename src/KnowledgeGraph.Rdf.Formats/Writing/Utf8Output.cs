using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// A buffered UTF-8 byte sink over a stream: writers encode terms straight into a pooled buffer instead of building
/// strings, which is what keeps N-Triples output above a million triples a second.
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    private const int DefaultBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _position;

    public Utf8Output(Stream stream, int bufferSize = DefaultBufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(stream));
        }

        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 16));
    }

    /// <summary>Writes one ASCII byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteByte(byte b)
    {
        if (_position == _buffer.Length)
        {
            FlushBuffer();
        }

        _buffer[_position++] = b;
    }

    /// <summary>Writes bytes that are already UTF-8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _buffer.Length - _position)
        {
            bytes.CopyTo(_buffer.AsSpan(_position));
            _position += bytes.Length;
            return;
        }

        WriteBytesSlow(bytes);
    }

    /// <summary>
    /// Encodes text as UTF-8 with no escaping. Returns the index of the first unpaired surrogate, or -1 when the whole
    /// text was written; the caller decides how to spell that surrogate and continues after it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int WriteText(ReadOnlySpan<char> text)
    {
        int done = 0;
        while (done < text.Length)
        {
            OperationStatus status = Utf8.FromUtf16(
                text[done..], _buffer.AsSpan(_position), out int read, out int written, replaceInvalidSequences: false);
            _position += written;
            done += read;
            switch (status)
            {
                case OperationStatus.Done:
                    return -1;
                case OperationStatus.DestinationTooSmall:
                    FlushBuffer();
                    break;
                default:
                    return done;
            }
        }

        return -1;
    }

    /// <summary>Writes ASCII text (the caller guarantees every char is below 0x80).</summary>
    public void WriteAscii(string text)
    {
        if (text.Length > _buffer.Length - _position)
        {
            FlushBuffer();
            if (text.Length > _buffer.Length)
            {
                _stream.Write(Encoding.ASCII.GetBytes(text));
                return;
            }
        }

        _position += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_position));
    }

    /// <summary>Writes <c>\uXXXX</c> with upper-case hex digits (N-Triples canonical form, RDF 1.2 N-Triples §4).</summary>
    public void WriteUChar(int codeUnit)
    {
        Span<byte> chars = _position + 6 <= _buffer.Length ? _buffer.AsSpan(_position, 6) : stackalloc byte[6];
        chars[0] = (byte)'\\';
        chars[1] = (byte)'u';
        chars[2] = Hex(codeUnit >> 12);
        chars[3] = Hex(codeUnit >> 8);
        chars[4] = Hex(codeUnit >> 4);
        chars[5] = Hex(codeUnit);
        if (_position + 6 <= _buffer.Length)
        {
            _position += 6;
        }
        else
        {
            WriteBytes(chars);
        }
    }

    /// <summary>Writes spaces.</summary>
    public void WriteSpaces(int count)
    {
        for (int i = 0; i < count; i++)
        {
            WriteByte((byte)' ');
        }
    }

    /// <summary>Writes the buffer to the stream and flushes the stream.</summary>
    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _position = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte Hex(int value) => (byte)"0123456789ABCDEF"[value & 0xF];

    private void FlushBuffer()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_position > 0)
        {
            _stream.Write(_buffer, 0, _position);
            _position = 0;
        }
    }

    private void WriteBytesSlow(ReadOnlySpan<byte> bytes)
    {
        FlushBuffer();
        if (bytes.Length > _buffer.Length)
        {
            _stream.Write(bytes);
            return;
        }

        bytes.CopyTo(_buffer);
        _position = bytes.Length;
    }
}
