using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimizer;
using Graph = KnowledgeGraph.Sparql.Algebra.Graph;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Turns optimised algebra into the tree of physical operators that runs (the plan step between optimisation and
/// execution): picks the join algorithm (an index nested-loop join when the right side takes the left's bindings,
/// otherwise a hash join on the variables both sides always bind), moves a filter over a BGP into the scan, turns
/// ORDER BY under LIMIT into a top-k sort, and plans each EXISTS pattern once. The planner tracks which variables a
/// seed row certainly binds, for the access paths and estimates it prints; the operators check the real rows.
/// </summary>
internal sealed class QueryPlanner
{
    /// <summary>Above this many rows (offset + limit) a LIMIT is served by a full sort.</summary>
    private const long MaxTopK = 100_000;

    private static readonly IReadOnlySet<string> s_none = new HashSet<string>();

    private readonly QueryContext _context;
    private readonly StoreStatistics _statistics;
    private readonly Dictionary<Operator, PhysicalOperator> _exists = new(ReferenceEqualityComparer.Instance);

    public QueryPlanner(QueryContext context, StoreStatistics statistics)
    {
        _context = context;
        _statistics = statistics;
        Expressions = new ExpressionEvaluator(context, pattern => Exists(pattern, s_none));
    }

    /// <summary>The expression evaluator the plan's operators share; it runs EXISTS through this planner's plans.</summary>
    public ExpressionEvaluator Expressions { get; }

    /// <summary>True when evaluating with bindings pushed in equals joining with them afterwards.</summary>
    public static bool AcceptsBindings(Operator op) => op switch
    {
        Bgp or PathPattern or Table => true,
        Join j => AcceptsBindings(j.Left) && AcceptsBindings(j.Right),
        Union u => AcceptsBindings(u.Left) && AcceptsBindings(u.Right),
        Graph g => AcceptsBindings(g.Input),

        // A filter that reads only variables its input always binds sees the same values with or without the
        // pushed bindings (and one that reads others would see the outer row's values: not the same).
        Filter f => AcceptsBindings(f.Input) && OnlyReads(f.Conditions, f.Input),
        _ => false,
    };

    public PhysicalOperator Plan(Operator root) => Plan(root, s_none);

    private static bool OnlyReads(IEnumerable<Expression> conditions, Operator input)
    {
        HashSet<string> certain = CertainVariables.Of(input);
        return conditions.All(c => CertainVariables.ReadsOnly(c, certain));
    }

    private PhysicalOperator Exists(Operator pattern, IReadOnlySet<string> bound)
    {
        if (!_exists.TryGetValue(pattern, out PhysicalOperator? plan))
        {
            _exists[pattern] = plan = Plan(pattern, bound);
        }

        return plan;
    }

    /// <summary>Plans the EXISTS patterns of expressions, which see every variable of the row they test.</summary>
    private List<PlanInput> ExistsInputs(IEnumerable<Expression?> expressions, IReadOnlySet<string> bound, Operator input)
    {
        var inputs = new List<PlanInput>();
        if (!expressions.Any(e => e is not null && CertainVariables.HasExists(e)))
        {
            return inputs;
        }

        HashSet<string> rowBound = CertainVariables.OfWithBound(input, bound);
        foreach (Expression? e in expressions)
        {
            if (e is not null)
            {
                AddExists(e, rowBound, inputs);
            }
        }

        return inputs;
    }

    private void AddExists(Expression e, HashSet<string> bound, List<PlanInput> inputs)
    {
        switch (e)
        {
            case ExistsExpression { Pattern: { } pattern } x:
                inputs.Add(new(x.Negated ? "not exists, per row" : "exists, per row", Exists(pattern, bound)));
                break;
            case CallExpression c:
                c.Arguments.ToList().ForEach(a => AddExists(a, bound, inputs));
                break;
            case FunctionExpression f:
                f.Arguments.ToList().ForEach(a => AddExists(a, bound, inputs));
                break;
            case AggregateExpression { Argument: { } argument }:
                AddExists(argument, bound, inputs);
                break;
        }
    }

    private PhysicalOperator Plan(Operator op, IReadOnlySet<string> bound)
    {
        CancellationToken ct = _context.Cancellation;
        switch (op)
        {
            case Bgp bgp:
                return new BgpScan(_context, Expressions, bgp, [], bound, _statistics);
            case Filter { Input: Bgp bgp } filter:
                // Conditions without EXISTS are tested inside the scan as soon as their variables are bound.
                List<Expression> inScan = filter.Conditions.Where(c => !CertainVariables.HasExists(c)).ToList();
                var scan = new BgpScan(_context, Expressions, bgp, inScan, bound, _statistics);
                List<Expression> after = filter.Conditions.Where(CertainVariables.HasExists).ToList();
                return after.Count == 0 ? scan : new FilterOperator(scan, Expressions, after, ExistsInputs(after, bound, bgp));
            case PathPattern path:
                return new PathScan(_context, path, bound);
            case Table table:
                return new TableScan(_context, table);
            case Join join:
                if (AcceptsBindings(join.Right))
                {
                    return new IndexNestedLoopJoin(Plan(join.Left, bound), Plan(join.Right, CertainVariables.OfWithBound(join.Left, bound)));
                }

                (string[] keys, int[] slots) = Keys(join.Left, join.Right);
                return new HashJoin(Plan(join.Left, bound), Plan(join.Right, bound), keys, slots, ct);
            case LeftJoin lj:
                List<PlanInput> conditionExists = ExistsInputs([lj.Condition], bound, new Join(lj.Left, lj.Right));
                if (AcceptsBindings(lj.Right))
                {
                    return new IndexNestedLoopLeftJoin(
                        Plan(lj.Left, bound), Plan(lj.Right, CertainVariables.OfWithBound(lj.Left, bound)), Expressions, lj.Condition, conditionExists);
                }

                (string[] ljKeys, int[] ljSlots) = Keys(lj.Left, lj.Right);
                return new HashLeftJoin(Plan(lj.Left, bound), Plan(lj.Right, bound), Expressions, lj.Condition, ljKeys, ljSlots, conditionExists, ct);
            case Union union:
                return new UnionOperator(Plan(union.Left, bound), Plan(union.Right, bound));
            case Minus minus:
                (string[] mKeys, int[] mSlots) = Keys(minus.Left, minus.Right);
                return new HashMinus(Plan(minus.Left, bound), Plan(minus.Right, bound), mKeys, mSlots, ct);
            case Filter filter:
                return new FilterOperator(Plan(filter.Input, bound), Expressions, filter.Conditions, ExistsInputs(filter.Conditions, bound, filter.Input));
            case Extend extend:
                return new ExtendOperator(Plan(extend.Input, bound), _context, Expressions, extend, ExistsInputs([extend.Expression], bound, extend.Input));
            case Graph g:
                IReadOnlySet<string> graphBound = bound;
                bool push = AcceptsBindings(g.Input);
                if (push && g.Name.Variable is { } gv)
                {
                    graphBound = new HashSet<string>(bound, StringComparer.Ordinal) { gv };
                }

                return new GraphOperator(Plan(g.Input, graphBound), _context, g.Name, push);
            case Group group:
                List<PlanInput> groupExists = ExistsInputs(
                    group.Keys.Select(k => k.Expression).Concat(group.Aggregations.Select(a => (Expression)a.Aggregate)), bound, group.Input);
                return new HashAggregate(Plan(group.Input, bound), _context, Expressions, group, groupExists);
            case OrderBy order:
                return new SortOperator(Plan(order.Input, bound), Expressions, order.Conditions, OrderExists(order, bound), ct);
            case Slice { Limit: { } limit } slice when TopKInput(slice.Input) is { } sorted && slice.Offset + limit <= MaxTopK:
                return new SliceOperator(PlanTopK(slice.Input, sorted, (int)(slice.Offset + limit), bound), slice.Offset, slice.Limit);
            case Slice slice:
                return new SliceOperator(Plan(slice.Input, bound), slice.Offset, slice.Limit);
            case Project project:
                return new ProjectOperator(Plan(project.Input, Projected(bound, project)), _context, project.Variables);
            case Distinct distinct:
                return new HashDistinct(Plan(distinct.Input, bound), reduced: false);
            case Reduced reduced:
                return new HashDistinct(Plan(reduced.Input, bound), reduced: true);
            case ToList list:
                return Plan(list.Input, bound);
            case Service service:
                return new ServiceOperator(service);
            default:
                throw new InvalidOperationException("Unknown operator " + op.GetType().Name);
        }
    }

    /// <summary>
    /// The ORDER BY a LIMIT can be pushed into: directly under the slice or under a projection (which keeps the
    /// number and order of rows). Not through DISTINCT, which needs more than k sorted rows.
    /// </summary>
    private static OrderBy? TopKInput(Operator op) => op switch
    {
        OrderBy o => o,
        Project { Input: OrderBy o } => o,
        ToList { Input: { } inner } => TopKInput(inner),
        _ => null,
    };

    private PhysicalOperator PlanTopK(Operator op, OrderBy order, int k, IReadOnlySet<string> bound)
    {
        switch (op)
        {
            case Project project:
                return new ProjectOperator(PlanTopK(project.Input, order, k, Projected(bound, project)), _context, project.Variables);
            case ToList list:
                return PlanTopK(list.Input, order, k, bound);
            default:
                return new TopKSort(Plan(order.Input, bound), Expressions, order.Conditions, k, OrderExists(order, bound), _context.Cancellation);
        }
    }

    /// <summary>What a projection's input sees bound from the seed: only the projected variables (a subquery's scope).</summary>
    private static IReadOnlySet<string> Projected(IReadOnlySet<string> bound, Project project) =>
        bound.Count == 0 ? bound : bound.Intersect(project.Variables).ToHashSet(StringComparer.Ordinal);

    private List<PlanInput> OrderExists(OrderBy order, IReadOnlySet<string> bound) =>
        ExistsInputs(order.Conditions.Select(c => c.Expression), bound, order.Input);

    /// <summary>The variables both sides bind in every solution: the hash key of joins and MINUS.</summary>
    private (string[] Names, int[] Slots) Keys(Operator left, Operator right)
    {
        HashSet<string> shared = CertainVariables.Shared(left, right);
        string[] names = shared.OrderBy(v => _context.Variables[v]).ToArray();
        return (names, names.Select(v => _context.Variables[v]).ToArray());
    }
}
