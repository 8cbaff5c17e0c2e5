using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The running state of one aggregate over one group (§18.5.1): Count, Sum, Avg, Min, Max, Sample, GroupConcat.
/// An error in SUM, AVG or GROUP_CONCAT makes the result an error (unbound); COUNT skips errors; MIN and MAX
/// use the ORDER BY order. SUM and AVG also take durations (all of them, not mixed with numbers), as they are
/// defined through + and / (§18.5.1.3, §18.5.1.4), which durations have (§17.3.1, F&amp;O 3.1 §8.4).
/// </summary>
internal sealed class Aggregator
{
    private readonly AggregateExpression _aggregate;
    private readonly HashSet<Term>? _distinct;
    private readonly HashSet<long[]>? _distinctRows;
    private long _count;
    private Numeric _sum = Numeric.Of(0);
    private Term? _durationSum;
    private bool _error;
    private Term? _best;
    private Term? _sample;
    private StringBuilder? _concat;
    private string? _concatLang;
    private bool _concatLangSame = true;

    public Aggregator(AggregateExpression aggregate)
    {
        _aggregate = aggregate;
        if (aggregate.Distinct)
        {
            if (aggregate.Argument is null)
            {
                _distinctRows = new HashSet<long[]>(RowComparer.Instance);
            }
            else
            {
                _distinct = [];
            }
        }
    }

    public void Add(ExpressionEvaluator expressions, long[] row, long graph)
    {
        if (_aggregate.Argument is null)
        {
            if (_distinctRows is null || _distinctRows.Add(row))
            {
                _count++;
            }

            return;
        }

        Term? value = expressions.Evaluate(_aggregate.Argument, row, graph);
        if (value is null)
        {
            if (_aggregate.Function is "SUM" or "AVG" or "GROUP_CONCAT" or "MIN" or "MAX")
            {
                _error = true;
            }

            return;
        }

        if (_distinct is not null && !_distinct.Add(value))
        {
            return;
        }

        _count++;
        switch (_aggregate.Function)
        {
            case "SUM" or "AVG":
                if (!_error)
                {
                    AddToSum(value);
                }

                break;
            case "MIN":
                if (_best is null || ValueComparer.OrderCompare(value, _best) < 0)
                {
                    _best = value;
                }

                break;
            case "MAX":
                if (_best is null || ValueComparer.OrderCompare(value, _best) > 0)
                {
                    _best = value;
                }

                break;
            case "SAMPLE":
                _sample ??= value;
                break;
            case "GROUP_CONCAT":
                if (value is not Literal l || !XsdTypes.IsStringLike(l))
                {
                    _error = true;
                    break;
                }

                if (_concat is null)
                {
                    _concat = new StringBuilder(l.LexicalForm);
                    _concatLang = l.Language;
                }
                else
                {
                    _concat.Append(_aggregate.Separator ?? " ").Append(l.LexicalForm);
                    _concatLangSame &= string.Equals(_concatLang, l.Language, StringComparison.OrdinalIgnoreCase);
                }

                break;
        }
    }

    private void AddToSum(Term value)
    {
        if (_durationSum is null && Numeric.TryGet(value, out Numeric n))
        {
            Numeric? next = Numeric.Arithmetic('+', _sum, n);
            _error = next is null;
            _sum = next ?? _sum;
            return;
        }

        if (!XsdDuration.TryGet(value, out XsdDuration duration))
        {
            _error = true;
            return;
        }

        // The first value of the group starts a sum of durations; after numbers it is an error.
        _durationSum = _durationSum is null ? (_count == 1 ? duration.ToLiteral() : null) : Operators.Arithmetic('+', _durationSum, value);
        _error = _durationSum is null;
    }

    /// <summary>The aggregate's value; null when it is an error or undefined (MIN of nothing).</summary>
    public Term? Result()
    {
        switch (_aggregate.Function)
        {
            case "COUNT":
                return Literal.Create(_count);
            case "SUM":
                return _error ? null : _durationSum ?? _sum.ToLiteral();
            case "AVG":
                if (_error)
                {
                    return null;
                }

                if (_durationSum is not null)
                {
                    return Operators.Arithmetic('/', _durationSum, Literal.Create(_count));
                }

                return _count == 0 ? Literal.Create(0L) : Numeric.Arithmetic('/', _sum, Numeric.Of(_count))?.ToLiteral();
            case "MIN" or "MAX":
                return _best;
            case "SAMPLE":
                return _sample;
            case "GROUP_CONCAT":
                if (_error)
                {
                    return null;
                }

                string text = _concat?.ToString() ?? "";
                return new Literal(text);
            default:
                return null;
        }
    }
}
