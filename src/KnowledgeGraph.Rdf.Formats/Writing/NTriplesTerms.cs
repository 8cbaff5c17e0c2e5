using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Writes terms in canonical N-Triples form (RDF 1.2 N-Triples §4): absolute IRIs in angle brackets, literals with
/// their language tag (as given) and base direction, or a datatype unless it is <c>xsd:string</c>, RDF 1.2 triple
/// terms as <c>&lt;&lt;( s p o )&gt;&gt;</c>. Shared by the N-Triples and N-Quads writers.
/// </summary>
internal static class NTriplesTerms
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteStatement(Utf8Output output, in Quad quad, bool withGraph)
    {
        WriteTerm(output, quad.Subject);
        output.WriteByte((byte)' ');
        WriteIri(output, quad.Predicate);
        output.WriteByte((byte)' ');
        WriteTerm(output, quad.Object);
        if (withGraph && quad.Graph is { } graph)
        {
            output.WriteByte((byte)' ');
            WriteTerm(output, graph);
        }

        output.WriteBytes(" .\n"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteTerm(Utf8Output output, Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(output, iri);
                break;
            case Literal literal:
                WriteLiteral(output, literal);
                break;
            case BlankNode blank:
                BlankNodeLabels.Write(output, blank);
                break;
            case TripleTerm tripleTerm:
                output.WriteBytes("<<( "u8);
                Triple t = tripleTerm.Triple;
                WriteTerm(output, t.Subject);
                output.WriteByte((byte)' ');
                WriteIri(output, t.Predicate);
                output.WriteByte((byte)' ');
                WriteTerm(output, t.Object);
                output.WriteBytes(" )>>"u8);
                break;
            default:
                throw new ArgumentException($"Unknown kind of term: {term.GetType().Name}.", nameof(term));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteIri(Utf8Output output, Iri iri)
    {
        output.WriteByte((byte)'<');
        TermEscaping.WriteIri(output, iri.Value);
        output.WriteByte((byte)'>');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteLiteral(Utf8Output output, Literal literal)
    {
        output.WriteByte((byte)'"');
        TermEscaping.WriteString(output, literal.LexicalForm);
        output.WriteByte((byte)'"');
        if (literal.Language is { } language)
        {
            WriteLanguage(output, language, literal.Direction);
        }
        else if (!ReferenceEquals(literal.Datatype, Vocabulary.Xsd.String) && !literal.Datatype.Equals(Vocabulary.Xsd.String))
        {
            output.WriteBytes("^^"u8);
            WriteIri(output, literal.Datatype);
        }
    }

    /// <summary><c>@tag</c> and, for RDF 1.2 directional strings, <c>--ltr</c> or <c>--rtl</c>.</summary>
    public static void WriteLanguage(Utf8Output output, string language, BaseDirection? direction)
    {
        output.WriteByte((byte)'@');
        output.WriteText(language);
        if (direction is { } d)
        {
            output.WriteBytes(d == BaseDirection.Ltr ? "--ltr"u8 : "--rtl"u8);
        }
    }
}
