namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Naming of variables the translation invents. Their names start with '.', which no query variable can,
/// so they never clash with the query's and never appear in SELECT *.
/// </summary>
internal static class Variables
{
    public static bool IsHidden(string name) => name.Length > 0 && name[0] == '.';
}
