using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KnowledgeGraph.Rdf.Formats.Tests")]
