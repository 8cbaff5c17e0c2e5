using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// The pooled quad arrays in which parallel readers (N-Quads blocks, Turtle parts) collect a worker's quads until
/// the caller takes them in order.
/// </summary>
internal static class PooledQuads
{
    /// <summary>A pooled array sized for a part of <paramref name="bytes"/> bytes of about <paramref name="bytesPerQuad"/> each.</summary>
    public static Quad[] Rent(int bytes, int bytesPerQuad) => ArrayPool<Quad>.Shared.Rent(Math.Max(16, bytes / bytesPerQuad));

    /// <summary>Hands an array back, cleared so that the pool keeps no terms alive.</summary>
    public static void Return(Quad[] quads) => ArrayPool<Quad>.Shared.Return(quads, clearArray: true);

    /// <summary>Appends <paramref name="quad"/>, trading the array for a pooled one twice as large when it is full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(ref Quad[] quads, ref int count, in Quad quad)
    {
        if (count == quads.Length)
        {
            Quad[] bigger = ArrayPool<Quad>.Shared.Rent(quads.Length * 2);
            Array.Copy(quads, bigger, count);
            Return(quads);
            quads = bigger;
        }

        quads[count++] = quad;
    }
}
