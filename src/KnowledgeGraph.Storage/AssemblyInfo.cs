using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("KnowledgeGraph.Storage.Tests")]

// The RocksDB binding (OnDisk/Native) is blittable throughout: no call needs the runtime's marshalling.
[assembly: DisableRuntimeMarshalling]
