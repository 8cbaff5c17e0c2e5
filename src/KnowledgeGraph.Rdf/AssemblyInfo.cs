using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KnowledgeGraph.Rdf.Formats")]
[assembly: InternalsVisibleTo("KnowledgeGraph.Rdf.Tests")]
[assembly: InternalsVisibleTo("KnowledgeGraph.Storage")]
