using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A triple of the query text: the verb is a variable or IRI (<see cref="Predicate"/>) or a property path.</summary>
internal sealed record SyntaxTriple(PatternNode Subject, PatternNode? Predicate, PropertyPath? Path, PatternNode Object);
