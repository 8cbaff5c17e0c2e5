using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// An RDF literal (RDF 1.1 Concepts §3.3): a lexical form with a datatype IRI and, for <c>rdf:langString</c>,
/// a language tag; RDF 1.2 adds an optional base direction (<c>rdf:dirLangString</c>).
/// </summary>
/// <remarks>
/// Language tags keep the case they were written in but compare case-insensitively, as RDF 1.1 §3.3 says
/// ("lexical representations of language tags ... are compared in lower case").
/// </remarks>
public sealed class Literal : Term
{
    // Computed on first use: parsers create many literals that are never hashed.
    private int _hash;

    /// <summary>Creates an <c>xsd:string</c> literal.</summary>
    public Literal(string lexicalForm)
        : this(lexicalForm, Vocabulary.Xsd.String, null, null)
    {
    }

    /// <summary>Creates a typed literal. The lexical form is kept as given, even when it is ill-typed.</summary>
    public Literal(string lexicalForm, Iri datatype)
        : this(lexicalForm, datatype, null, null)
    {
        if (datatype.Equals(Vocabulary.Rdf.LangString) || datatype.Equals(Vocabulary.Rdf.DirLangString))
        {
            throw new ArgumentException("A literal of datatype rdf:langString needs a language tag.", nameof(datatype));
        }
    }

    /// <summary>Creates a language-tagged string, optionally with a base direction (RDF 1.2).</summary>
    /// <exception cref="ArgumentException">The tag is not a well-formed BCP 47 tag.</exception>
    public Literal(string lexicalForm, string language, BaseDirection? direction = null)
        : this(lexicalForm, direction is null ? Vocabulary.Rdf.LangString : Vocabulary.Rdf.DirLangString, ValidLanguage(language), direction)
    {
    }

    private Literal(string lexicalForm, Iri datatype, string? language, BaseDirection? direction)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        LexicalForm = lexicalForm;
        Datatype = datatype;
        Language = language;
        Direction = direction;
    }

    /// <summary>The lexical form.</summary>
    public string LexicalForm { get; }

    /// <summary>The datatype IRI; <c>rdf:langString</c> for language-tagged strings.</summary>
    public Iri Datatype { get; }

    /// <summary>The language tag as written, or null.</summary>
    public string? Language { get; }

    /// <summary>The base direction (RDF 1.2), or null.</summary>
    public BaseDirection? Direction { get; }

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.Literal;

    /// <summary>True for a plain <c>xsd:string</c> literal.</summary>
    public bool IsSimple => Language is null && Datatype.Equals(Vocabulary.Xsd.String);

    /// <summary>An <c>xsd:integer</c> literal.</summary>
    public static Literal Create(long value) =>
        new(value.ToString(CultureInfo.InvariantCulture), Vocabulary.Xsd.Integer);

    /// <summary>An <c>xsd:decimal</c> literal.</summary>
    public static Literal Create(decimal value)
    {
        string s = value.ToString(CultureInfo.InvariantCulture);
        return new(s.Contains('.', StringComparison.Ordinal) ? s : s + ".0", Vocabulary.Xsd.Decimal);
    }

    /// <summary>An <c>xsd:double</c> literal.</summary>
    public static Literal Create(double value) =>
        new(double.IsPositiveInfinity(value) ? "INF" : double.IsNegativeInfinity(value) ? "-INF" : value.ToString("0.0###############E0", CultureInfo.InvariantCulture), Vocabulary.Xsd.Double);

    /// <summary>An <c>xsd:boolean</c> literal.</summary>
    public static Literal Create(bool value) => new(value ? "true" : "false", Vocabulary.Xsd.Boolean);

    /// <summary>An <c>xsd:date</c> literal.</summary>
    public static Literal Create(DateOnly value) =>
        new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocabulary.Xsd.Date);

    /// <summary>True when the text is a well-formed BCP 47 language tag as Turtle's LANGTAG admits it.</summary>
    public static bool IsValidLanguageTag(string tag)
    {
        // BCP 47 §2.1 well-formedness as far as RDF needs it: letters, then '-'-separated alphanumeric subtags,
        // every subtag 1 to 8 characters long.
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        int i = 0;
        while (i < tag.Length && char.IsAsciiLetter(tag[i]))
        {
            i++;
        }

        if (i == 0 || i > 8)
        {
            return false;
        }

        while (i < tag.Length)
        {
            if (tag[i] != '-')
            {
                return false;
            }

            int start = ++i;
            while (i < tag.Length && char.IsAsciiLetterOrDigit(tag[i]))
            {
                i++;
            }

            if (i == start || i - start > 8)
            {
                return false;
            }
        }

        return true;
    }

    private static string ValidLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return IsValidLanguageTag(language)
            ? language
            : throw new ArgumentException($"'{language}' is not a well-formed language tag.", nameof(language));
    }

    /// <inheritdoc/>
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other)
        || (other is Literal l
            && string.Equals(LexicalForm, l.LexicalForm, StringComparison.Ordinal)
            && Datatype.Equals(l.Datatype)
            && string.Equals(Language, l.Language, StringComparison.OrdinalIgnoreCase)
            && Direction == l.Direction);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash == 0)
        {
            hash = HashCode.Combine(
                string.GetHashCode(LexicalForm, StringComparison.Ordinal),
                Datatype.GetHashCode(),
                Language is null ? 0 : string.GetHashCode(Language, StringComparison.OrdinalIgnoreCase),
                Direction);
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var sb = new StringBuilder(LexicalForm.Length + 2);
        sb.Append('"');
        foreach (char c in LexicalForm)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
        if (Language is not null)
        {
            sb.Append('@').Append(Language);
            if (Direction is { } d)
            {
                sb.Append(d == BaseDirection.Ltr ? "--ltr" : "--rtl");
            }
        }
        else if (!Datatype.Equals(Vocabulary.Xsd.String))
        {
            sb.Append("^^").Append(Datatype);
        }

        return sb.ToString();
    }

    private protected override int CompareSameKind(Term other)
    {
        var l = (Literal)other;
        int c = string.CompareOrdinal(LexicalForm, l.LexicalForm);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Datatype.Value, l.Datatype.Value);
        if (c != 0)
        {
            return c;
        }

        c = string.Compare(Language, l.Language, StringComparison.OrdinalIgnoreCase);
        return c != 0 ? c : Nullable.Compare(Direction, l.Direction);
    }
}
