using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Gives every variable of an algebra expression a slot in the fixed-width rows.</summary>
internal sealed class VariableMap
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public int this[string name] => Slot(name);

    public string Name(int slot) => _names[slot];

    public int Slot(string name)
    {
        if (!_slots.TryGetValue(name, out int slot))
        {
            slot = _names.Count;
            _slots[name] = slot;
            _names.Add(name);
        }

        return slot;
    }

    public bool TryGetSlot(string name, out int slot) => _slots.TryGetValue(name, out slot);

    /// <summary>Registers every variable the operator tree mentions, expressions included.</summary>
    public void Collect(Operator op)
    {
        switch (op)
        {
            case Bgp b:
                foreach (TriplePattern t in b.Triples)
                {
                    Node(t.Subject);
                    Node(t.Predicate);
                    Node(t.Object);
                }

                break;
            case PathPattern p:
                Node(p.Subject);
                Node(p.Object);
                break;
            case Join j:
                Collect(j.Left);
                Collect(j.Right);
                break;
            case LeftJoin lj:
                Collect(lj.Left);
                Collect(lj.Right);
                if (lj.Condition is not null)
                {
                    Collect(lj.Condition);
                }

                break;
            case Union u:
                Collect(u.Left);
                Collect(u.Right);
                break;
            case Minus m:
                Collect(m.Left);
                Collect(m.Right);
                break;
            case Filter f:
                Collect(f.Input);
                foreach (Expression e in f.Conditions)
                {
                    Collect(e);
                }

                break;
            case Graph g:
                Node(g.Name);
                Collect(g.Input);
                break;
            case Service s:
                Node(s.Endpoint);
                Collect(s.Input);
                break;
            case Extend e:
                Collect(e.Input);
                Collect(e.Expression);
                Slot(e.Variable);
                break;
            case Group g:
                Collect(g.Input);
                foreach (GroupKey k in g.Keys)
                {
                    Slot(k.Variable);
                    Collect(k.Expression);
                }

                foreach (Aggregation a in g.Aggregations)
                {
                    Slot(a.Variable);
                    Collect(a.Aggregate);
                }

                break;
            case OrderBy o:
                Collect(o.Input);
                foreach (OrderCondition c in o.Conditions)
                {
                    Collect(c.Expression);
                }

                break;
            case Project p:
                foreach (string v in p.Variables)
                {
                    Slot(v);
                }

                Collect(p.Input);
                break;
            case Distinct d:
                Collect(d.Input);
                break;
            case Reduced r:
                Collect(r.Input);
                break;
            case Slice s:
                Collect(s.Input);
                break;
            case ToList l:
                Collect(l.Input);
                break;
            case Table t:
                foreach (string v in t.Variables)
                {
                    Slot(v);
                }

                break;
        }
    }

    private void Node(PatternNode n)
    {
        if (n.Variable is { } v)
        {
            Slot(v);
        }
    }

    private void Collect(Expression e)
    {
        switch (e)
        {
            case VariableExpression v:
                Slot(v.Name);
                break;
            case CallExpression c:
                foreach (Expression a in c.Arguments)
                {
                    Collect(a);
                }

                break;
            case FunctionExpression f:
                foreach (Expression a in f.Arguments)
                {
                    Collect(a);
                }

                break;
            case AggregateExpression a when a.Argument is not null:
                Collect(a.Argument);
                break;
            case ExistsExpression x when x.Pattern is not null:
                Collect(x.Pattern);
                break;
        }
    }
}
