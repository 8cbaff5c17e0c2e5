using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>
/// Compares solution sequences as multisets (or sequences, when ordered) with blank nodes equal up to a
/// consistent one-to-one renaming.
/// </summary>
public static class ResultSetComparer
{
    public static bool AreEqual(IReadOnlyList<string> expectedVars, List<Term?[]> expected, IReadOnlyList<string> actualVars, List<Term?[]> actual, bool ordered, bool lax)
    {
        // Align columns by variable name; variables missing on one side are unbound there.
        var vars = expectedVars.Union(actualVars).ToList();
        List<Term?[]> e = expected.Select(r => Align(r, expectedVars, vars)).ToList();
        List<Term?[]> a = actual.Select(r => Align(r, actualVars, vars)).ToList();
        if (lax)
        {
            e = Distinct(e);
            a = Distinct(a);
        }

        if (e.Count != a.Count)
        {
            return false;
        }

        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var reverse = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ordered)
        {
            for (int i = 0; i < e.Count; i++)
            {
                if (!RowMatches(e[i], a[i], mapping, reverse, out _))
                {
                    return false;
                }
            }

            return true;
        }

        return Match(e, a, 0, new bool[a.Count], mapping, reverse);
    }

    private static List<Term?[]> Distinct(List<Term?[]> rows) =>
        rows.GroupBy(r => string.Join('\t', r.Select(t => t?.ToString() ?? ""))).Select(g => g.First()).ToList();

    private static Term?[] Align(Term?[] row, IReadOnlyList<string> from, List<string> to)
    {
        var r = new Term?[to.Count];
        for (int i = 0; i < from.Count && i < row.Length; i++)
        {
            r[to.IndexOf(from[i])] = row[i];
        }

        return r;
    }

    private static bool Match(List<Term?[]> e, List<Term?[]> a, int index, bool[] used, Dictionary<string, string> map, Dictionary<string, string> rev)
    {
        if (index == e.Count)
        {
            return true;
        }

        for (int j = 0; j < a.Count; j++)
        {
            if (used[j])
            {
                continue;
            }

            if (RowMatches(e[index], a[j], map, rev, out List<string>? added))
            {
                used[j] = true;
                if (Match(e, a, index + 1, used, map, rev))
                {
                    return true;
                }

                used[j] = false;
                foreach (string k in added!)
                {
                    rev.Remove(map[k]);
                    map.Remove(k);
                }
            }
        }

        return false;
    }

    private static bool RowMatches(Term?[] e, Term?[] a, Dictionary<string, string> map, Dictionary<string, string> rev, out List<string>? added)
    {
        added = [];
        for (int i = 0; i < e.Length; i++)
        {
            Term? x = e[i], y = a[i];
            if (x is null || y is null)
            {
                if (x is null && y is null)
                {
                    continue;
                }

                Undo(added, map, rev);
                return false;
            }

            if (x is BlankNode bx && y is BlankNode by)
            {
                if (map.TryGetValue(bx.Label, out string? m))
                {
                    if (m != by.Label)
                    {
                        Undo(added, map, rev);
                        return false;
                    }
                }
                else if (rev.ContainsKey(by.Label))
                {
                    Undo(added, map, rev);
                    return false;
                }
                else
                {
                    map[bx.Label] = by.Label;
                    rev[by.Label] = bx.Label;
                    added.Add(bx.Label);
                }

                continue;
            }

            if (!TermsEqual(x, y))
            {
                Undo(added, map, rev);
                return false;
            }
        }

        return true;
    }

    private static void Undo(List<string> added, Dictionary<string, string> map, Dictionary<string, string> rev)
    {
        foreach (string k in added)
        {
            rev.Remove(map[k]);
            map.Remove(k);
        }

        added.Clear();
    }

    /// <summary>Term equality; numeric literals of the same datatype also match by value ("1.0E0" and "1e0").</summary>
    private static bool TermsEqual(Term x, Term y)
    {
        if (x.Equals(y))
        {
            return true;
        }

        if (x is Literal lx && y is Literal ly && lx.Datatype.Equals(ly.Datatype) && lx.Language is null
            && (lx.Datatype.Value.EndsWith("#double", StringComparison.Ordinal) || lx.Datatype.Value.EndsWith("#float", StringComparison.Ordinal) || lx.Datatype.Value.EndsWith("#decimal", StringComparison.Ordinal))
            && double.TryParse(lx.LexicalForm, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double dx)
            && double.TryParse(ly.LexicalForm, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double dy))
        {
            return dx.Equals(dy);
        }

        return false;
    }
}
