using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Storage.Tests;

[TestClass]
public sealed class MemoryQuadStoreTests : QuadStoreContractTests
{
    protected override bool ExactEstimates => true;

    protected override IQuadStore CreateStore(QuadStoreOptions options) => new MemoryQuadStore(options);
}
