using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Splits query text into the terminals of SPARQL 1.1 §19.8. Signs of numbers are left to the parser
/// (they depend on context), and '&lt;' is an IRI only when a complete IRIREF follows.
/// </summary>
internal sealed class SparqlLexer
{
    private readonly string _text;
    private int _pos;

    private SparqlLexer(string text)
    {
        _text = text;
    }

    public static List<Token> Tokenize(string text)
    {
        var lexer = new SparqlLexer(text);
        var tokens = new List<Token>(text.Length / 4 + 4);
        while (true)
        {
            Token t = lexer.Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.End)
            {
                return tokens;
            }
        }
    }

    private SparqlSyntaxException Error(int offset, string message) => SparqlSyntaxException.At(_text, offset, message);

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token Next()
    {
        SkipWhitespaceAndComments();
        int start = _pos;
        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.End, "", start);
        }

        char c = _text[_pos];
        switch (c)
        {
            case '<':
                if (TryIriRef(out string? iri))
                {
                    return new Token(TokenKind.IriRef, iri, start);
                }

                _pos++;
                if (Peek() == '=')
                {
                    _pos++;
                    return new Token(TokenKind.Punct, "<=", start);
                }

                return new Token(TokenKind.Punct, "<", start);
            case '>':
                _pos++;
                if (Peek() == '=')
                {
                    _pos++;
                    return new Token(TokenKind.Punct, ">=", start);
                }

                return new Token(TokenKind.Punct, ">", start);
            case '?' or '$':
                if (IsVarNameStart(Peek(1)))
                {
                    _pos++;
                    return new Token(TokenKind.Variable, ReadVarName(), start);
                }

                if (c == '$')
                {
                    throw Error(start, "expected a variable name after '$'");
                }

                _pos++;
                return new Token(TokenKind.Punct, "?", start);
            case '"' or '\'':
                return new Token(TokenKind.String, ReadString(), start);
            case '@':
                return ReadLangTag(start);
            case '_' when Peek(1) == ':':
                _pos += 2;
                return new Token(TokenKind.BlankNodeLabel, ReadBlankLabel(start), start);
            case '(':
                if (TryEmptyBrackets(')'))
                {
                    return new Token(TokenKind.Nil, "()", start);
                }

                _pos++;
                return new Token(TokenKind.Punct, "(", start);
            case '[':
                if (TryEmptyBrackets(']'))
                {
                    return new Token(TokenKind.Anon, "[]", start);
                }

                _pos++;
                return new Token(TokenKind.Punct, "[", start);
            case '!':
                _pos++;
                if (Peek() == '=')
                {
                    _pos++;
                    return new Token(TokenKind.Punct, "!=", start);
                }

                return new Token(TokenKind.Punct, "!", start);
            case '&':
                if (Peek(1) == '&')
                {
                    _pos += 2;
                    return new Token(TokenKind.Punct, "&&", start);
                }

                throw Error(start, "expected '&&'");
            case '|':
                _pos++;
                if (Peek() == '|')
                {
                    _pos++;
                    return new Token(TokenKind.Punct, "||", start);
                }

                return new Token(TokenKind.Punct, "|", start);
            case '^':
                _pos++;
                if (Peek() == '^')
                {
                    _pos++;
                    return new Token(TokenKind.Punct, "^^", start);
                }

                return new Token(TokenKind.Punct, "^", start);
            case '.' when !char.IsAsciiDigit(Peek(1)):
            case '{' or '}' or ')' or ']' or ';' or ',' or '=' or '+' or '-' or '*' or '/':
                _pos++;
                return new Token(TokenKind.Punct, c.ToString(), start);
        }

        if (char.IsAsciiDigit(c) || c == '.')
        {
            return ReadNumber(start);
        }

        if (c == ':' || IsPnCharsBase(c, _pos))
        {
            return ReadName(start);
        }

        throw Error(start, $"unexpected character '{c}'");
    }

    private bool TryEmptyBrackets(char close)
    {
        int p = _pos + 1;
        while (p < _text.Length && _text[p] is ' ' or '\t' or '\r' or '\n')
        {
            p++;
        }

        if (p < _text.Length && _text[p] == close)
        {
            _pos = p + 1;
            return true;
        }

        return false;
    }

    private bool TryIriRef(out string iri)
    {
        var sb = new StringBuilder();
        int p = _pos + 1;
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '>')
            {
                _pos = p + 1;
                iri = sb.ToString();
                return true;
            }

            if (c == '\\' && p + 1 < _text.Length && _text[p + 1] is 'u' or 'U')
            {
                int len = _text[p + 1] == 'u' ? 4 : 8;
                if (p + 2 + len > _text.Length || !int.TryParse(_text.AsSpan(p + 2, len), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp)
                    || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                {
                    break;
                }

                sb.Append(char.ConvertFromUtf32(cp));
                p += 2 + len;
                continue;
            }

            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                break;
            }

            sb.Append(c);
            p++;
        }

        iri = "";
        return false;
    }

    private static bool IsVarNameStart(char c) => c == '_' || char.IsAsciiDigit(c) || IsPnCharsBaseChar(c) || char.IsHighSurrogate(c);

    private string ReadVarName()
    {
        int start = _pos;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '_' || char.IsAsciiLetterOrDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040') || IsPnCharsBaseChar(c) || char.IsSurrogate(c))
            {
                _pos++;
            }
            else
            {
                break;
            }
        }

        return _text[start.._pos];
    }

    private Token ReadLangTag(int start)
    {
        _pos++;
        int s = _pos;
        while (char.IsAsciiLetter(Peek()))
        {
            _pos++;
        }

        if (_pos == s)
        {
            throw Error(start, "expected a language tag after '@'");
        }

        while (Peek() == '-' && char.IsAsciiLetterOrDigit(Peek(1)))
        {
            _pos++;
            while (char.IsAsciiLetterOrDigit(Peek()))
            {
                _pos++;
            }
        }

        return new Token(TokenKind.LangTag, _text[s.._pos], start);
    }

    private string ReadBlankLabel(int start)
    {
        int s = _pos;
        char c = Peek();
        if (!(c == '_' || char.IsAsciiDigit(c) || IsPnCharsBase(c, _pos)))
        {
            throw Error(start, "expected a blank node label after '_:'");
        }

        _pos += char.IsHighSurrogate(c) ? 2 : 1;
        ReadPnCharsAndDots(allowColon: false, allowEscapes: false, null);
        return _text[s.._pos];
    }

    /// <summary>Reads (PN_CHARS | '.')* not ending in '.'; PN_LOCAL also admits ':' and PLX.</summary>
    private void ReadPnCharsAndDots(bool allowColon, bool allowEscapes, StringBuilder? sb)
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '.')
            {
                // A dot belongs to the name only when a name character follows it.
                int p = _pos;
                while (p < _text.Length && _text[p] == '.')
                {
                    p++;
                }

                if (p < _text.Length && (IsPnChars(_text[p], p) || (allowColon && _text[p] == ':') || (allowEscapes && _text[p] is '%' or '\\')))
                {
                    sb?.Append(_text, _pos, p - _pos);
                    _pos = p;
                    continue;
                }

                return;
            }

            if (IsPnChars(c, _pos) || (allowColon && c == ':'))
            {
                if (char.IsHighSurrogate(c))
                {
                    sb?.Append(c);
                    _pos++;
                    c = _text[_pos];
                }

                sb?.Append(c);
                _pos++;
            }
            else if (allowEscapes && c == '%')
            {
                if (_pos + 2 >= _text.Length || !char.IsAsciiHexDigit(_text[_pos + 1]) || !char.IsAsciiHexDigit(_text[_pos + 2]))
                {
                    throw Error(_pos, "expected two hex digits after '%'");
                }

                sb?.Append(_text, _pos, 3);
                _pos += 3;
            }
            else if (allowEscapes && c == '\\')
            {
                char e = Peek(1);
                if ("_~.-!$&'()*+,;=/?#@%".Contains(e, StringComparison.Ordinal))
                {
                    sb?.Append(e);
                    _pos += 2;
                }
                else
                {
                    throw Error(_pos, $"'\\{e}' is not a local name escape");
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token ReadName(int start)
    {
        var sb = new StringBuilder();
        if (_text[_pos] != ':')
        {
            _pos += char.IsHighSurrogate(_text[_pos]) ? 2 : 1;
            ReadPnCharsAndDots(allowColon: false, allowEscapes: false, null);
            sb.Append(_text, start, _pos - start);
            if (Peek() != ':')
            {
                return new Token(TokenKind.Name, sb.ToString(), start);
            }
        }

        sb.Append(':');
        _pos++;
        char c = Peek();
        if (c == '_' || c == ':' || char.IsAsciiDigit(c) || IsPnCharsBase(c, _pos) || c == '%' || c == '\\')
        {
            ReadPnCharsAndDots(allowColon: true, allowEscapes: true, sb);
        }

        return new Token(TokenKind.PrefixedName, sb.ToString(), start);
    }

    private Token ReadNumber(int start)
    {
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        TokenKind kind = TokenKind.Integer;
        if (Peek() == '.' && (char.IsAsciiDigit(Peek(1)) || ((Peek(1) is 'e' or 'E') && _pos > start)))
        {
            _pos++;
            kind = TokenKind.Decimal;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            int save = _pos;
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (char.IsAsciiDigit(Peek()))
            {
                while (char.IsAsciiDigit(Peek()))
                {
                    _pos++;
                }

                kind = TokenKind.Double;
            }
            else
            {
                _pos = save;
            }
        }

        if (_pos == start)
        {
            throw Error(start, "unexpected '.'");
        }

        return new Token(kind, _text[start.._pos], start);
    }

    private string ReadString()
    {
        int start = _pos;
        char q = _text[_pos];
        bool isLong = Peek(1) == q && Peek(2) == q;
        _pos += isLong ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error(start, "unterminated string literal");
            }

            char c = _text[_pos];
            if (isLong)
            {
                if (c == q && Peek(1) == q && Peek(2) == q)
                {
                    _pos += 3;
                    // Up to two further quotes at the end belong to the string ("""a"""" is a").
                    return sb.ToString();
                }
            }
            else if (c == q)
            {
                _pos++;
                return sb.ToString();
            }
            else if (c is '\n' or '\r')
            {
                throw Error(_pos, "line break inside a short string literal");
            }

            if (c == '\\')
            {
                char e = Peek(1);
                _pos += 2;
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u' or 'U':
                        int len = e == 'u' ? 4 : 8;
                        if (_pos + len > _text.Length || !int.TryParse(_text.AsSpan(_pos, len), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                        {
                            throw Error(_pos - 2, "bad \\u escape in string");
                        }

                        sb.Append(char.ConvertFromUtf32(cp));
                        _pos += len;
                        break;
                    default:
                        throw Error(_pos - 2, $"'\\{e}' is not a string escape");
                }

                continue;
            }

            sb.Append(c);
            _pos++;
        }
    }

    private static bool IsPnCharsBaseChar(char c) =>
        char.IsAsciiLetter(c)
        || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6') || (c >= '\u00F8' && c <= '\u02FF')
        || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || (c >= '\u200C' && c <= '\u200D')
        || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
        || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD');

    private bool IsPnCharsBase(char c, int at) =>
        IsPnCharsBaseChar(c) || (char.IsHighSurrogate(c) && at + 1 < _text.Length && char.IsLowSurrogate(_text[at + 1]));

    private bool IsPnChars(char c, int at) =>
        c == '_' || c == '-' || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F')
        || (c >= '\u203F' && c <= '\u2040') || IsPnCharsBase(c, at);
}
