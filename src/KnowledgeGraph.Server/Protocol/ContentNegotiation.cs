using System.Globalization;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// Chooses a representation from an <c>Accept</c> header (RFC 9110 §12.5.1): the offer with the highest quality wins;
/// among equals, the one matched by a more specific media range, then the one the client listed first, then the
/// server's order. No header (or an empty one) accepts the first offer.
/// </summary>
internal static class ContentNegotiation
{
    public static T? Choose<T>(string? accept, IReadOnlyList<(string MediaType, T Value)> offers)
        where T : class
    {
        if (offers.Count == 0)
        {
            return null;
        }

        List<MediaRange> ranges = Parse(accept);
        if (ranges.Count == 0)
        {
            return offers[0].Value;
        }

        T? best = null;
        (double Q, int Specificity, int Position) bestScore = (0, -1, int.MaxValue);
        foreach ((string mediaType, T value) in offers)
        {
            MediaRange? match = null;
            foreach (MediaRange range in ranges)
            {
                if (range.Matches(mediaType) && (match is null || range.Specificity > match.Value.Specificity))
                {
                    match = range;
                }
            }

            if (match is not { Quality: > 0 } m)
            {
                continue;
            }

            bool better = m.Quality > bestScore.Q
                || (m.Quality == bestScore.Q && m.Specificity > bestScore.Specificity)
                || (m.Quality == bestScore.Q && m.Specificity == bestScore.Specificity && m.Position < bestScore.Position);
            if (better)
            {
                best = value;
                bestScore = (m.Quality, m.Specificity, m.Position);
            }
        }

        return best;
    }

    private static List<MediaRange> Parse(string? accept)
    {
        var ranges = new List<MediaRange>();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return ranges;
        }

        string[] items = accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int i = 0; i < items.Length; i++)
        {
            string[] parts = items[i].Split(';', StringSplitOptions.TrimEntries);
            string type = parts[0].ToLowerInvariant();
            int slash = type.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == type.Length - 1)
            {
                continue;
            }

            double q = 1;
            foreach (string p in parts.Skip(1))
            {
                if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(p.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    q = Math.Clamp(v, 0, 1);
                }
            }

            ranges.Add(new MediaRange(type[..slash], type[(slash + 1)..], q, i));
        }

        return ranges;
    }

    private readonly record struct MediaRange(string Type, string Subtype, double Quality, int Position)
    {
        public int Specificity => Type == "*" ? 0 : Subtype == "*" ? 1 : 2;

        public bool Matches(string mediaType)
        {
            int slash = mediaType.IndexOf('/', StringComparison.Ordinal);
            return (Type == "*" || mediaType.AsSpan(0, slash).Equals(Type, StringComparison.OrdinalIgnoreCase))
                && (Subtype == "*" || mediaType.AsSpan(slash + 1).Equals(Subtype, StringComparison.OrdinalIgnoreCase));
        }
    }
}
