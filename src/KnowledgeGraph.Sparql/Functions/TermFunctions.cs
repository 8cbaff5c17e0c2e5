using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The functions on RDF terms of §17.4.2 and the numeric functions of §17.4.4.</summary>
internal static class TermFunctions
{
    public static Term? Str(Term a) => a switch
    {
        Iri i => new Literal(i.Value),
        Literal l => new Literal(l.LexicalForm),
        _ => null,
    };

    public static Term? Lang(Term a) => a is Literal l ? new Literal(l.Language ?? "") : null;

    public static Term? Datatype(Term a) => a is Literal l ? l.Datatype : null;

    /// <summary>IRI(str) resolved against the base IRI (§17.4.2.8); IRI(iri) is the identity.</summary>
    public static Term? ToIri(Term a, FunctionContext context)
    {
        if (a is Iri)
        {
            return a;
        }

        if (a is not Literal l || !XsdTypes.IsStringLiteral(l))
        {
            return null;
        }

        if (Iri.TryParse(l.LexicalForm, out Iri? iri))
        {
            return iri;
        }

        return context.BaseIri is { } b && b.TryResolve(l.LexicalForm, out Iri? resolved) ? resolved : null;
    }

    public static Term? BNode(Term? a, FunctionContext context)
    {
        if (a is null)
        {
            return context.NewBlankNode();
        }

        return a is Literal l && XsdTypes.IsStringLiteral(l) ? context.BlankNodeFor(l.LexicalForm) : null;
    }

    public static Term? StrDt(Term lex, Term dt)
    {
        if (lex is not Literal l || !XsdTypes.IsStringLiteral(l) || dt is not Iri iri
            || iri.Equals(Vocabulary.Rdf.LangString) || iri.Equals(Vocabulary.Rdf.DirLangString))
        {
            return null;
        }

        return new Literal(l.LexicalForm, iri);
    }

    public static Term? StrLang(Term lex, Term lang)
    {
        if (lex is not Literal l || !XsdTypes.IsStringLiteral(l) || lang is not Literal t || !XsdTypes.IsStringLiteral(t)
            || !Literal.IsValidLanguageTag(t.LexicalForm))
        {
            return null;
        }

        return new Literal(l.LexicalForm, t.LexicalForm);
    }

    public static Term? IsNumeric(Term a) => Ebv.Of(Numeric.TryGet(a, out _));

    public static Term? Abs(Term a)
    {
        if (!Numeric.TryGet(a, out Numeric n))
        {
            return null;
        }

        return (n.Type >= NumericType.Float ? n with { Approximate = Math.Abs(n.Approximate) } : n with { Exact = Math.Abs(n.Exact) }).ToLiteral();
    }

    /// <summary>ROUND, CEIL, FLOOR; fn:round rounds halves towards positive infinity.</summary>
    public static Term? Rounding(string name, Term a)
    {
        if (!Numeric.TryGet(a, out Numeric n))
        {
            return null;
        }

        if (n.Type >= NumericType.Float)
        {
            double v = n.Approximate;
            double r = name switch { "CEIL" => Math.Ceiling(v), "FLOOR" => Math.Floor(v), _ => Math.Floor(v + 0.5) };
            return (n with { Approximate = r }).ToLiteral();
        }

        decimal d = n.Exact;
        decimal rd = name switch { "CEIL" => decimal.Ceiling(d), "FLOOR" => decimal.Floor(d), _ => decimal.Floor(d + 0.5m) };
        return (n with { Exact = rd }).ToLiteral();
    }

    public static Term Rand() => Literal.Create(Random.Shared.NextDouble());

    public static Term Uuid() => Iri.Parse("urn:uuid:" + Guid.NewGuid().ToString("D"));

    public static Term StrUuid() => new Literal(Guid.NewGuid().ToString("D"));
}
