using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One element of a group graph pattern, before translation to algebra (§18.2.2).</summary>
internal abstract record PatternElement(int Offset);

/// <summary>A block of triple patterns, some with property paths.</summary>
internal sealed record TriplesElement(IReadOnlyList<SyntaxTriple> Triples, int Offset) : PatternElement(Offset);

/// <summary>FILTER(expr).</summary>
internal sealed record FilterElement(Expression Condition, int Offset) : PatternElement(Offset);

/// <summary>OPTIONAL { ... }.</summary>
internal sealed record OptionalElement(GroupPattern Pattern, int Offset) : PatternElement(Offset);

/// <summary>MINUS { ... }.</summary>
internal sealed record MinusElement(GroupPattern Pattern, int Offset) : PatternElement(Offset);

/// <summary>{ ... } UNION { ... } UNION ...</summary>
internal sealed record UnionElement(IReadOnlyList<GroupPattern> Alternatives, int Offset) : PatternElement(Offset);

/// <summary>A nested group { ... }.</summary>
internal sealed record GroupElement(GroupPattern Pattern, int Offset) : PatternElement(Offset);

/// <summary>GRAPH term-or-var { ... }.</summary>
internal sealed record GraphElement(PatternNode Name, GroupPattern Pattern, int Offset) : PatternElement(Offset);

/// <summary>SERVICE [SILENT] term-or-var { ... }.</summary>
internal sealed record ServiceElement(PatternNode Endpoint, bool Silent, GroupPattern Pattern, int Offset) : PatternElement(Offset);

/// <summary>BIND(expr AS ?var).</summary>
internal sealed record BindElement(Expression Expression, string Variable, int Offset) : PatternElement(Offset);

/// <summary>VALUES inside a group.</summary>
internal sealed record ValuesElement(Table Data, int Offset) : PatternElement(Offset);

/// <summary>A nested SELECT.</summary>
internal sealed record SubSelectElement(QueryBody Query, int Offset) : PatternElement(Offset);
