using KnowledgeGraph.Storage.Memory;

namespace KnowledgeGraph.Storage.Tests.Memory;

[TestClass]
public sealed class BTreeTests
{
    private static UInt128 K(ulong n) => new(n * 7919 % 1_000_003, n);

    [TestMethod]
    public void Random_inserts_and_removes_agree_with_a_sorted_set()
    {
        var writer = new BTreeWriter(BTreeWriter.Empty, 0);
        var model = new SortedSet<UInt128>();
        var random = new Random(11);
        for (int i = 0; i < 60_000; i++)
        {
            UInt128 key = K((ulong)random.Next(20_000));
            if (random.Next(3) == 0)
            {
                Assert.AreEqual(model.Remove(key), writer.Remove(key));
            }
            else
            {
                Assert.AreEqual(model.Add(key), writer.Insert(key));
            }

            if (i % 10_000 == 0)
            {
                writer.Freeze();
            }
        }

        Assert.AreEqual(model.Count, writer.Size);
        CollectionAssert.AreEqual(model.ToList(), BTree.Scan(writer.Root, UInt128.Zero, UInt128.MaxValue).ToList());
    }

    [TestMethod]
    public void Range_scans_counts_and_existence_agree_with_a_sorted_set()
    {
        var writer = new BTreeWriter(BTreeWriter.Empty, 0);
        var model = new SortedSet<UInt128>();
        for (ulong i = 0; i < 10_000; i += 3)
        {
            writer.Insert(K(i));
            model.Add(K(i));
        }

        var random = new Random(12);
        for (int i = 0; i < 300; i++)
        {
            UInt128 a = K((ulong)random.Next(10_000)), b = K((ulong)random.Next(10_000));
            (UInt128 low, UInt128 high) = a <= b ? (a, b) : (b, a);
            var expected = model.GetViewBetween(low, high).ToList();
            CollectionAssert.AreEqual(expected, BTree.Scan(writer.Root, low, high).ToList());
            Assert.AreEqual(expected.Count, BTree.CountRange(writer.Root, writer.Size, low, high));
            Assert.AreEqual(expected.Count > 0, BTree.AnyInRange(writer.Root, low, high));
        }

        Assert.AreEqual(model.Count, BTree.CountRange(writer.Root, writer.Size, UInt128.Zero, UInt128.MaxValue));
        Assert.AreEqual(0, BTree.CountRange(writer.Root, writer.Size, UInt128.MaxValue, UInt128.Zero));
    }

    [TestMethod]
    public void A_frozen_root_keeps_its_keys_whatever_the_writer_does_next()
    {
        var writer = new BTreeWriter(BTreeWriter.Empty, 0);
        for (ulong i = 0; i < 5000; i++)
        {
            writer.Insert(K(i));
        }

        BTreeNode frozen = writer.Freeze();
        List<UInt128> before = [.. BTree.Scan(frozen, UInt128.Zero, UInt128.MaxValue)];
        for (ulong i = 0; i < 5000; i += 2)
        {
            writer.Remove(K(i));
        }

        for (ulong i = 5000; i < 8000; i++)
        {
            writer.Insert(K(i));
        }

        CollectionAssert.AreEqual(before, BTree.Scan(frozen, UInt128.Zero, UInt128.MaxValue).ToList());
        Assert.AreEqual(5000, BTree.CountRange(frozen, 5000, UInt128.Zero, UInt128.MaxValue));
        Assert.AreEqual(2500 + 3000, writer.Size);
    }

    [TestMethod]
    public void Removing_everything_leaves_an_empty_tree()
    {
        var writer = new BTreeWriter(BTreeWriter.Empty, 0);
        for (ulong i = 0; i < 3000; i++)
        {
            writer.Insert(K(i));
        }

        for (ulong i = 0; i < 3000; i++)
        {
            Assert.IsTrue(writer.Remove(K(i)));
        }

        Assert.AreEqual(0, writer.Size);
        Assert.IsEmpty(BTree.Scan(writer.Root, UInt128.Zero, UInt128.MaxValue).ToList());
        Assert.IsFalse(BTree.AnyInRange(writer.Root, UInt128.Zero, UInt128.MaxValue));
        Assert.IsInstanceOfType<BTreeLeaf>(writer.Root);
    }

    [TestMethod]
    [DataRow(0, 1)]
    [DataRow(0, 129)]
    [DataRow(0, 100_000)]
    [DataRow(40_000, 30_000)]
    [DataRow(40_000, 2_000)]
    public void Sorted_batches_agree_with_a_sorted_set_and_leave_frozen_roots_alone(int stored, int batch)
    {
        // An empty tree and a large batch are rebuilt bottom-up, a small batch is inserted key by key: either way the
        // keys, ranks and range counts must be those of the model, and a root frozen before must keep its keys.
        var writer = new BTreeWriter(BTreeWriter.Empty, 0);
        var model = new SortedSet<UInt128>();
        var random = new Random(stored + batch);
        while (model.Count < stored)
        {
            UInt128 key = K((ulong)random.Next(1_000_000));
            Assert.AreEqual(model.Add(key), writer.Insert(key));
        }

        BTreeNode frozen = writer.Freeze();
        List<UInt128> before = [.. model];
        var fresh = new SortedSet<UInt128>();
        while (fresh.Count < batch)
        {
            UInt128 key = K((ulong)random.Next(1_000_000));
            if (!model.Contains(key))
            {
                fresh.Add(key);
            }
        }

        writer.InsertSorted([.. fresh]);
        model.UnionWith(fresh);

        Assert.AreEqual(model.Count, writer.Size);
        CollectionAssert.AreEqual(model.ToList(), BTree.Scan(writer.Root, UInt128.Zero, UInt128.MaxValue).ToList());
        Assert.AreEqual(model.Count, BTree.CountRange(writer.Root, writer.Size, UInt128.Zero, UInt128.MaxValue));
        for (int i = 0; i < 200; i++)
        {
            UInt128 a = K((ulong)random.Next(1_000_000)), b = K((ulong)random.Next(1_000_000));
            (UInt128 low, UInt128 high) = a <= b ? (a, b) : (b, a);
            Assert.AreEqual(model.GetViewBetween(low, high).Count, BTree.CountRange(writer.Root, writer.Size, low, high));
        }

        CollectionAssert.AreEqual(before, BTree.Scan(frozen, UInt128.Zero, UInt128.MaxValue).ToList());

        // The rebuilt tree takes ordinary changes afterwards.
        Assert.IsFalse(writer.Insert(model.Max));
        Assert.IsTrue(writer.Remove(model.Min));
        Assert.AreEqual(model.Count - 1, writer.Size);
    }
}
