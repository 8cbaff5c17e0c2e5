using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>Evaluates one SPARQL expression through the whole engine (parse, optimize, plan, run).</summary>
internal static class ExpressionRunner
{
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>The value of the expression, null when it is an error (the variable stays unbound).</summary>
    public static Term? Evaluate(string expression)
    {
        using var store = new MemoryQuadStore();
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        string query = $"PREFIX xsd: <{Xsd}> SELECT (({expression}) AS ?r) {{}}";
        return new SparqlEvaluator().Evaluate(SparqlParser.ParseQuery(query), snapshot).Rows.Single()[0];
    }

    /// <summary>
    /// The value of the expression with its constants bound at run time through VALUES, so that the optimizer's
    /// constant folding is not what is tested: <paramref name="expression"/> uses ?a and ?b.
    /// </summary>
    public static Term? EvaluateBound(string expression, string a, string b)
    {
        using var store = new MemoryQuadStore();
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        string query = $"PREFIX xsd: <{Xsd}> SELECT (({expression}) AS ?r) {{ VALUES (?a ?b) {{ ({a} {b}) }} }}";
        return new SparqlEvaluator().Evaluate(SparqlParser.ParseQuery(query), snapshot).Rows.Single()[0];
    }

    public static Literal Typed(string lexical, string xsdType) => new(lexical, Iri.Parse(Xsd + xsdType));

    /// <summary>Asserts that the expression evaluates to the literal, or to an error when <paramref name="xsdType"/> is null.</summary>
    public static void AssertValue(string expression, string? lexical, string? xsdType)
    {
        Term? actual = Evaluate(expression);
        if (xsdType is null)
        {
            Assert.IsNull(actual, $"{expression} should be an error, not {actual}");
            return;
        }

        Assert.AreEqual(Typed(lexical!, xsdType), actual, $"{expression} gave {actual?.ToString() ?? "an error"}");
    }
}
