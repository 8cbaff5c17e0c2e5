using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results TSV (text/tab-separated-values): a header of ?variables, then one line per
/// solution with terms in Turtle syntax; integers, decimals and doubles in their short forms.
/// </summary>
public static class SparqlTsvResultsWriter
{
    /// <summary>Writes bindings (a boolean is written as a single "true"/"false" line, which TSV does not define).</summary>
    public static void Write(TextWriter output, SparqlResults results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Kind == SparqlResultsKind.Boolean)
        {
            output.Write(results.Boolean ? "true\n" : "false\n");
            return;
        }

        output.Write(string.Join('\t', results.Variables.Select(v => "?" + v)));
        output.Write('\n');
        foreach (IReadOnlyList<Term?> row in results.Rows)
        {
            output.Write(string.Join('\t', row.Select(t => t is null ? "" : Format(t))));
            output.Write('\n');
        }
    }

    internal static string Format(Term t)
    {
        if (t is Literal l && l.Language is null)
        {
            if ((l.Datatype.Equals(Vocabulary.Xsd.Integer) && Functions.Numeric.IsIntegerLexical(l.LexicalForm))
                || (l.Datatype.Equals(Vocabulary.Xsd.Decimal) && l.LexicalForm.Contains('.', StringComparison.Ordinal) && Functions.Numeric.IsDecimalLexical(l.LexicalForm) && !l.LexicalForm.EndsWith('.')))
            {
                return l.LexicalForm;
            }

            var sb = new StringBuilder(l.ToString());
            sb.Replace("\t", "\\t");
            return sb.ToString();
        }

        return t.ToString().Replace("\t", "\\t", StringComparison.Ordinal);
    }
}
