using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>Classification of XSD datatypes used by the operator mapping (§17.3).</summary>
internal static class XsdTypes
{
    private static readonly HashSet<string> s_integerTypes = new(StringComparer.Ordinal)
    {
        Vocabulary.Xsd.Integer.Value, Vocabulary.Xsd.Long.Value, Vocabulary.Xsd.Int.Value, Vocabulary.Xsd.Short.Value,
        Vocabulary.Xsd.Byte.Value, Vocabulary.Xsd.NonNegativeInteger.Value, Vocabulary.Xsd.NonPositiveInteger.Value,
        Vocabulary.Xsd.PositiveInteger.Value, Vocabulary.Xsd.NegativeInteger.Value, Vocabulary.Xsd.UnsignedLong.Value,
        Vocabulary.Xsd.UnsignedInt.Value, Vocabulary.Xsd.UnsignedShort.Value, Vocabulary.Xsd.UnsignedByte.Value,
    };

    public static bool IsIntegerType(Iri datatype) => s_integerTypes.Contains(datatype.Value);

    public static bool IsNumericType(Iri datatype) =>
        IsIntegerType(datatype) || datatype.Equals(Vocabulary.Xsd.Decimal) || datatype.Equals(Vocabulary.Xsd.Double) || datatype.Equals(Vocabulary.Xsd.Float);

    /// <summary>True for a simple literal or an xsd:string (RDF 1.1 makes them the same).</summary>
    public static bool IsStringLiteral(Term t) => t is Literal { Language: null } l && l.Datatype.Equals(Vocabulary.Xsd.String);

    /// <summary>A string literal or a language-tagged string: the argument types of §17.4.3 string functions.</summary>
    public static bool IsStringLike(Term t) => t is Literal l && (l.Language is not null || l.Datatype.Equals(Vocabulary.Xsd.String));

    /// <summary>Datatypes whose value space the operators know: comparing different ones is false, not an error.</summary>
    public static bool IsKnownType(Iri datatype) =>
        IsNumericType(datatype) || datatype.Equals(Vocabulary.Xsd.String) || datatype.Equals(Vocabulary.Xsd.Boolean)
        || datatype.Equals(Vocabulary.Xsd.DateTime) || datatype.Equals(Vocabulary.Rdf.LangString) || datatype.Equals(Vocabulary.Xsd.Date)
        || datatype.Equals(Vocabulary.Xsd.Time) || datatype.Equals(Vocabulary.Xsd.DateTimeStamp) || XsdDuration.TryKindOf(datatype, out _);
}
