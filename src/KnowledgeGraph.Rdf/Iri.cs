using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// An absolute IRI (RFC 3987), kept exactly as written: no case folding, no percent-decoding, no normalisation
/// (RDF 1.1 Concepts §3.2 compares IRIs character by character). Relative references are resolved with
/// <see cref="Resolve"/> (RFC 3986 §5.2).
/// </summary>
public sealed class Iri : Term, IEquatable<Iri>
{
    // Computed on first use, like Literal's: parsers create many IRIs that are never hashed. 0 means not yet.
    private int _hash;

    private Iri(string value)
    {
        Value = value;
    }

    /// <summary>The IRI's characters.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.Iri;

    /// <summary>Parses an absolute IRI.</summary>
    /// <exception cref="FormatException">The text is not an absolute IRI by RFC 3987; the message says why.</exception>
    public static Iri Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string? error = IriSyntax.ValidateAbsolute(value);
        return error is null ? new Iri(value) : throw new FormatException($"Invalid IRI <{value}>: {error}.");
    }

    /// <summary>Parses an absolute IRI, without throwing.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Iri? iri)
    {
        iri = value is not null && IriSyntax.ValidateAbsolute(value) is null ? new Iri(value) : null;
        return iri is not null;
    }

    /// <summary>Says why the text is not an absolute IRI, or null when it is one.</summary>
    public static string? Validate(string value) => IriSyntax.ValidateAbsolute(value);

    /// <summary>
    /// Wraps text that the caller has already validated (parsers validate as they lex). Not for general use.
    /// </summary>
    internal static Iri FromValidated(string value) => new(value);

    /// <summary>Resolves a reference against this IRI as base (RFC 3986 §5.2) and validates the result.</summary>
    /// <exception cref="FormatException">The result is not a valid IRI.</exception>
    public Iri Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Parse(IriReference.Resolve(Value, reference));
    }

    /// <summary>Resolves a reference against this IRI as base, without throwing.</summary>
    public bool TryResolve(string reference, [NotNullWhen(true)] out Iri? result)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return TryParse(IriReference.Resolve(Value, reference), out result);
    }

    /// <inheritdoc/>
    public bool Equals(Iri? other) =>
        ReferenceEquals(this, other) || (other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(Term? other) => other is Iri iri && Equals(iri);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash == 0)
        {
            // A race computes the same value twice; an int store cannot tear.
            hash = string.GetHashCode(Value, StringComparison.Ordinal);
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }

    /// <inheritdoc/>
    public override string ToString() => "<" + Value + ">";

    private protected override int CompareSameKind(Term other) => string.CompareOrdinal(Value, ((Iri)other).Value);

}
