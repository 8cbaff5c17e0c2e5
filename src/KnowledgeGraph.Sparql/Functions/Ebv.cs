using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>Effective boolean value (§17.2.2).</summary>
internal static class Ebv
{
    public static readonly Literal True = Literal.Create(true);
    public static readonly Literal False = Literal.Create(false);

    public static Literal Of(bool b) => b ? True : False;

    /// <summary>The EBV of a term; null is a type error (IRIs, blank nodes, unknown datatypes, ill-typed values).</summary>
    public static bool? Get(Term? term)
    {
        if (term is not Literal l)
        {
            return null;
        }

        if (l.Datatype.Equals(Vocabulary.Xsd.Boolean))
        {
            return TryParseBoolean(l.LexicalForm, out bool b) ? b : false;
        }

        if (l.Language is null && l.Datatype.Equals(Vocabulary.Xsd.String))
        {
            return l.LexicalForm.Length > 0;
        }

        if (XsdTypes.IsNumericType(l.Datatype))
        {
            if (!Numeric.TryGet(l, out Numeric n))
            {
                return false;
            }

            return n.Type >= NumericType.Float ? !(n.Approximate == 0 || double.IsNaN(n.Approximate)) : n.Exact != 0;
        }

        return null;
    }

    public static bool TryParseBoolean(string s, out bool value)
    {
        switch (s)
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
