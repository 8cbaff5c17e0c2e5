using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The operator mapping of §17.3: arithmetic, comparison and unary operators, extended (§17.3.1) to durations, dates
/// and times. Null results are type errors.
/// </summary>
internal static class Operators
{
    public static Term? Arithmetic(char op, Term a, Term b)
    {
        if (Numeric.TryGet(a, out Numeric x) && Numeric.TryGet(b, out Numeric y))
        {
            return Numeric.Arithmetic(op, x, y)?.ToLiteral();
        }

        return TemporalArithmetic.Apply(op, a, b);
    }

    public static Term? UnaryMinus(Term a) => Numeric.TryGet(a, out Numeric x) ? x.Negate().ToLiteral() : null;

    public static Term? UnaryPlus(Term a) => Numeric.TryGet(a, out _) ? a : null;

    public static Term? Compare(string op, Term a, Term b)
    {
        switch (op)
        {
            case "=":
                return ValueComparer.Equal(a, b) is { } eq ? Ebv.Of(eq) : null;
            case "!=":
                return ValueComparer.Equal(a, b) is { } ne ? Ebv.Of(!ne) : null;
        }

        if (ValueComparer.Compare(a, b) is not { } c)
        {
            // NaN is unordered: every comparison with it is false rather than an error.
            return Numeric.TryGet(a, out _) && Numeric.TryGet(b, out _) ? Ebv.False : null;
        }

        return Ebv.Of(op switch
        {
            "<" => c < 0,
            ">" => c > 0,
            "<=" => c <= 0,
            _ => c >= 0,
        });
    }
}
