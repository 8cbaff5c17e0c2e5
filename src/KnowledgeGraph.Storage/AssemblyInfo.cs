using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KnowledgeGraph.Storage.Tests")]
