using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads one RDF term in the Turtle/N-Triples syntax TSV results use.</summary>
internal static class TermSyntaxReader
{
    public static Term Parse(string s)
    {
        s = s.Trim();
        if (s.StartsWith('<') && s.EndsWith('>'))
        {
            return Iri.Parse(s[1..^1]);
        }

        if (s.StartsWith("_:", StringComparison.Ordinal))
        {
            return new BlankNode(s[2..]);
        }

        if (s.StartsWith('"'))
        {
            int end = s.LastIndexOf('"');
            if (end <= 0)
            {
                throw new FormatException($"Unterminated literal {s}.");
            }

            string lex = Unescape(s[1..end]);
            string rest = s[(end + 1)..];
            if (rest.StartsWith('@'))
            {
                return new Literal(lex, rest[1..]);
            }

            if (rest.StartsWith("^^<", StringComparison.Ordinal) && rest.EndsWith('>'))
            {
                return new Literal(lex, Iri.Parse(rest[3..^1]));
            }

            return rest.Length == 0 ? new Literal(lex) : throw new FormatException($"Bad literal {s}.");
        }

        if (s is "true" or "false")
        {
            return new Literal(s, Vocabulary.Xsd.Boolean);
        }

        if (Functions.Numeric.IsIntegerLexical(s))
        {
            return new Literal(s, Vocabulary.Xsd.Integer);
        }

        if (Functions.Numeric.IsDecimalLexical(s))
        {
            return new Literal(s, Vocabulary.Xsd.Decimal);
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return new Literal(s, Vocabulary.Xsd.Double);
        }

        throw new FormatException($"Not an RDF term: {s}.");
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            char e = s[++i];
            switch (e)
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u' when i + 4 < s.Length:
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U' when i + 8 < s.Length:
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: sb.Append(e); break;
            }
        }

        return sb.ToString();
    }
}
