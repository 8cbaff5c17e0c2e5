namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>XML Schema datatypes as RDF uses them.</summary>
    public static class Xsd
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/2001/XMLSchema#");

        /// <summary>The term <c>string</c>.</summary>
        public static readonly Iri String = Term(Namespace, "string");

        /// <summary>The term <c>boolean</c>.</summary>
        public static readonly Iri Boolean = Term(Namespace, "boolean");

        /// <summary>The term <c>decimal</c>.</summary>
        public static readonly Iri Decimal = Term(Namespace, "decimal");

        /// <summary>The term <c>integer</c>.</summary>
        public static readonly Iri Integer = Term(Namespace, "integer");

        /// <summary>The term <c>double</c>.</summary>
        public static readonly Iri Double = Term(Namespace, "double");

        /// <summary>The term <c>float</c>.</summary>
        public static readonly Iri Float = Term(Namespace, "float");

        /// <summary>The term <c>date</c>.</summary>
        public static readonly Iri Date = Term(Namespace, "date");

        /// <summary>The term <c>dateTime</c>.</summary>
        public static readonly Iri DateTime = Term(Namespace, "dateTime");

        /// <summary>The term <c>dateTimeStamp</c>.</summary>
        public static readonly Iri DateTimeStamp = Term(Namespace, "dateTimeStamp");

        /// <summary>The term <c>time</c>.</summary>
        public static readonly Iri Time = Term(Namespace, "time");

        /// <summary>The term <c>gYear</c>.</summary>
        public static readonly Iri GYear = Term(Namespace, "gYear");

        /// <summary>The term <c>gYearMonth</c>.</summary>
        public static readonly Iri GYearMonth = Term(Namespace, "gYearMonth");

        /// <summary>The term <c>gMonth</c>.</summary>
        public static readonly Iri GMonth = Term(Namespace, "gMonth");

        /// <summary>The term <c>gMonthDay</c>.</summary>
        public static readonly Iri GMonthDay = Term(Namespace, "gMonthDay");

        /// <summary>The term <c>gDay</c>.</summary>
        public static readonly Iri GDay = Term(Namespace, "gDay");

        /// <summary>The term <c>duration</c>.</summary>
        public static readonly Iri Duration = Term(Namespace, "duration");

        /// <summary>The term <c>dayTimeDuration</c>.</summary>
        public static readonly Iri DayTimeDuration = Term(Namespace, "dayTimeDuration");

        /// <summary>The term <c>yearMonthDuration</c>.</summary>
        public static readonly Iri YearMonthDuration = Term(Namespace, "yearMonthDuration");

        /// <summary>The term <c>long</c>.</summary>
        public static readonly Iri Long = Term(Namespace, "long");

        /// <summary>The term <c>int</c>.</summary>
        public static readonly Iri Int = Term(Namespace, "int");

        /// <summary>The term <c>short</c>.</summary>
        public static readonly Iri Short = Term(Namespace, "short");

        /// <summary>The term <c>byte</c>.</summary>
        public static readonly Iri Byte = Term(Namespace, "byte");

        /// <summary>The term <c>nonNegativeInteger</c>.</summary>
        public static readonly Iri NonNegativeInteger = Term(Namespace, "nonNegativeInteger");

        /// <summary>The term <c>nonPositiveInteger</c>.</summary>
        public static readonly Iri NonPositiveInteger = Term(Namespace, "nonPositiveInteger");

        /// <summary>The term <c>positiveInteger</c>.</summary>
        public static readonly Iri PositiveInteger = Term(Namespace, "positiveInteger");

        /// <summary>The term <c>negativeInteger</c>.</summary>
        public static readonly Iri NegativeInteger = Term(Namespace, "negativeInteger");

        /// <summary>The term <c>unsignedLong</c>.</summary>
        public static readonly Iri UnsignedLong = Term(Namespace, "unsignedLong");

        /// <summary>The term <c>unsignedInt</c>.</summary>
        public static readonly Iri UnsignedInt = Term(Namespace, "unsignedInt");

        /// <summary>The term <c>unsignedShort</c>.</summary>
        public static readonly Iri UnsignedShort = Term(Namespace, "unsignedShort");

        /// <summary>The term <c>unsignedByte</c>.</summary>
        public static readonly Iri UnsignedByte = Term(Namespace, "unsignedByte");

        /// <summary>The term <c>anyURI</c>.</summary>
        public static readonly Iri AnyUri = Term(Namespace, "anyURI");

        /// <summary>The term <c>language</c>.</summary>
        public static readonly Iri Language = Term(Namespace, "language");

        /// <summary>The term <c>normalizedString</c>.</summary>
        public static readonly Iri NormalizedString = Term(Namespace, "normalizedString");

        /// <summary>The term <c>token</c>.</summary>
        public static readonly Iri Token = Term(Namespace, "token");

        /// <summary>The term <c>hexBinary</c>.</summary>
        public static readonly Iri HexBinary = Term(Namespace, "hexBinary");

        /// <summary>The term <c>base64Binary</c>.</summary>
        public static readonly Iri Base64Binary = Term(Namespace, "base64Binary");
    }
}
