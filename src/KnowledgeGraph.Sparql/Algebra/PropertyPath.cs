using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path expression (§9, §18.1.7).</summary>
internal abstract record PropertyPath;

/// <summary>A single predicate: link(iri).</summary>
internal sealed record LinkPath(Iri Predicate) : PropertyPath;

/// <summary>^path: inv(path).</summary>
internal sealed record InversePath(PropertyPath Inner) : PropertyPath;

/// <summary>path1 / path2: seq(path1, path2).</summary>
internal sealed record SequencePath(PropertyPath Left, PropertyPath Right) : PropertyPath;

/// <summary>path1 | path2: alt(path1, path2).</summary>
internal sealed record AlternativePath(PropertyPath Left, PropertyPath Right) : PropertyPath;

/// <summary>path*: ZeroOrMorePath.</summary>
internal sealed record ZeroOrMorePath(PropertyPath Inner) : PropertyPath;

/// <summary>path+: OneOrMorePath.</summary>
internal sealed record OneOrMorePath(PropertyPath Inner) : PropertyPath;

/// <summary>path?: ZeroOrOnePath.</summary>
internal sealed record ZeroOrOnePath(PropertyPath Inner) : PropertyPath;

/// <summary>!(iri | ^iri ...): NPS, split into forward and inverse sets.</summary>
internal sealed record NegatedPropertySet(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : PropertyPath;
