using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.Tests.Indexing;

[TestClass]
public sealed class KeySortTests
{
    [TestMethod]
    [DataRow(0, 100)]
    [DataRow(300, 1000)]
    [DataRow(5000, 50)]
    [DataRow(20000, 4_000_000)]
    public void Sorts_like_a_comparison_sort_and_leaves_the_tail_alone(int count, int idRange)
    {
        var random = new Random(count);
        var keys = new UInt128[count + 10];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = QuadKeys.Pack((uint)random.Next(idRange), (uint)random.Next(40), (uint)random.Next(idRange), (uint)random.Next(3));
        }

        keys[^1] = UInt128.MaxValue;
        UInt128[] expected = [.. keys];
        Array.Sort(expected, 0, count);

        KeySort.Sort(keys, count);

        CollectionAssert.AreEqual(expected, keys);
    }
}
