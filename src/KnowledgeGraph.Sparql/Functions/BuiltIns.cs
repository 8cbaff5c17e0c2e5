using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// Dispatches the strict built-in calls and operators (§17.3, §17.4) whose arguments are all evaluated first.
/// The lazy forms (&amp;&amp;, ||, IF, COALESCE, IN, BOUND, EXISTS) are handled by the expression evaluator.
/// </summary>
internal static class BuiltIns
{
    /// <summary>Applies a function to evaluated arguments; null is a type error.</summary>
    public static Term? Call(string name, IReadOnlyList<Term> a, FunctionContext context) => name switch
    {
        "+" => Operators.Arithmetic('+', a[0], a[1]),
        "-" => Operators.Arithmetic('-', a[0], a[1]),
        "*" => Operators.Arithmetic('*', a[0], a[1]),
        "/" => Operators.Arithmetic('/', a[0], a[1]),
        "u-" => Operators.UnaryMinus(a[0]),
        "u+" => Operators.UnaryPlus(a[0]),
        "!" => Ebv.Get(a[0]) is { } b ? Ebv.Of(!b) : null,
        "=" or "!=" or "<" or ">" or "<=" or ">=" => Operators.Compare(name, a[0], a[1]),
        "STR" => TermFunctions.Str(a[0]),
        "LANG" => TermFunctions.Lang(a[0]),
        "DATATYPE" => TermFunctions.Datatype(a[0]),
        "IRI" => TermFunctions.ToIri(a[0], context),
        "BNODE" => TermFunctions.BNode(a.Count > 0 ? a[0] : null, context),
        "STRDT" => TermFunctions.StrDt(a[0], a[1]),
        "STRLANG" => TermFunctions.StrLang(a[0], a[1]),
        "SAMETERM" => Ebv.Of(a[0].Equals(a[1])),
        "ISIRI" => Ebv.Of(a[0] is Iri),
        "ISBLANK" => Ebv.Of(a[0] is BlankNode),
        "ISLITERAL" => Ebv.Of(a[0] is Literal),
        "ISNUMERIC" => TermFunctions.IsNumeric(a[0]),
        "ABS" => TermFunctions.Abs(a[0]),
        "ROUND" or "CEIL" or "FLOOR" => TermFunctions.Rounding(name, a[0]),
        "RAND" => TermFunctions.Rand(),
        "UUID" => TermFunctions.Uuid(),
        "STRUUID" => TermFunctions.StrUuid(),
        "STRLEN" => StringFunctions.StrLen(a[0]),
        "SUBSTR" => StringFunctions.Substr(a[0], a[1], a.Count > 2 ? a[2] : null),
        "UCASE" => StringFunctions.UCase(a[0]),
        "LCASE" => StringFunctions.LCase(a[0]),
        "STRSTARTS" => StringFunctions.StrStarts(a[0], a[1]),
        "STRENDS" => StringFunctions.StrEnds(a[0], a[1]),
        "CONTAINS" => StringFunctions.Contains(a[0], a[1]),
        "STRBEFORE" => StringFunctions.StrBefore(a[0], a[1]),
        "STRAFTER" => StringFunctions.StrAfter(a[0], a[1]),
        "ENCODE_FOR_URI" => StringFunctions.EncodeForUri(a[0]),
        "CONCAT" => StringFunctions.Concat(a),
        "LANGMATCHES" => StringFunctions.LangMatches(a[0], a[1]),
        "REGEX" => StringFunctions.RegexMatch(a[0], a[1], a.Count > 2 ? a[2] : null),
        "REPLACE" => StringFunctions.Replace(a[0], a[1], a[2], a.Count > 3 ? a[3] : null),
        "YEAR" or "MONTH" or "DAY" or "HOURS" or "MINUTES" or "SECONDS" or "TIMEZONE" or "TZ" => DateTimeFunctions.Component(name, a[0]),
        "NOW" => DateTimeFunctions.Now(context),
        "ADJUST" => DateTimeFunctions.Adjust(a[0], a.Count > 1 ? a[1] : null),
        "MD5" or "SHA1" or "SHA256" or "SHA384" or "SHA512" => HashFunctions.Hash(name, a[0]),
        _ => null,
    };
}
