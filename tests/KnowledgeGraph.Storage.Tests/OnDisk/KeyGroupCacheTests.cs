using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk;

namespace KnowledgeGraph.Storage.Tests.OnDisk;

[TestClass]
public sealed class KeyGroupCacheTests
{
    [TestMethod]
    public void Bound_positions_are_counted_for_prefix_ranges_only()
    {
        UInt128 key = QuadKeys.Pack(7, 8, 9, 10);
        Assert.AreEqual(4, KeyGroupCache.BoundPositions(key, key));
        Assert.AreEqual(3, KeyGroupCache.BoundPositions(QuadKeys.Pack(7, 8, 9, 0), QuadKeys.Pack(7, 8, 9, uint.MaxValue)));
        Assert.AreEqual(2, KeyGroupCache.BoundPositions(QuadKeys.Pack(7, 8, 0, 0), QuadKeys.Pack(7, 8, uint.MaxValue, uint.MaxValue)));
        Assert.AreEqual(1, KeyGroupCache.BoundPositions(QuadKeys.Pack(7, 0, 0, 0), QuadKeys.Pack(7, uint.MaxValue, uint.MaxValue, uint.MaxValue)));
        Assert.AreEqual(0, KeyGroupCache.BoundPositions(UInt128.Zero, UInt128.MaxValue));

        // Ranges of other shapes (a scan from some key to the end, a range inside one position) have none.
        Assert.AreEqual(0, KeyGroupCache.BoundPositions(QuadKeys.Pack(7, 0, 0, 0), UInt128.MaxValue));
        Assert.AreEqual(0, KeyGroupCache.BoundPositions(QuadKeys.Pack(7, 8, 1, 0), QuadKeys.Pack(7, 8, 5, uint.MaxValue)));
        Assert.AreEqual(0, KeyGroupCache.BoundPositions(QuadKeys.Pack(7, 8, 0, 1), QuadKeys.Pack(7, 8, uint.MaxValue, uint.MaxValue)));
    }

    [TestMethod]
    public void Groups_span_the_keys_that_share_two_or_three_leading_ids()
    {
        UInt128 key = QuadKeys.Pack(7, 8, 9, 10);
        Assert.AreEqual(QuadKeys.Pack(7, 8, 0, 0), KeyGroupCache.GroupLow(key, 2));
        Assert.AreEqual(QuadKeys.Pack(7, 8, uint.MaxValue, uint.MaxValue), KeyGroupCache.GroupHigh(key, 2));
        Assert.AreEqual(QuadKeys.Pack(7, 8, 9, 0), KeyGroupCache.GroupLow(key, 3));
        Assert.AreEqual(QuadKeys.Pack(7, 8, 9, uint.MaxValue), KeyGroupCache.GroupHigh(key, 3));
    }

    [TestMethod]
    public void A_slice_holds_exactly_the_keys_of_the_range_in_order()
    {
        var random = new Random(5);
        for (int round = 0; round < 200; round++)
        {
            UInt128[] keys = [.. Enumerable.Range(0, random.Next(0, KeyGroupCache.MaxKeys + 1))
                .Select(_ => QuadKeys.Pack(1, 2, (uint)random.Next(6), (uint)random.Next(6)))
                .Distinct()
                .Order()];
            UInt128 low = QuadKeys.Pack(1, 2, (uint)random.Next(7), 0);
            UInt128 high = random.Next(3) == 0 ? low | uint.MaxValue : QuadKeys.Pack(1, 2, (uint)random.Next(7), uint.MaxValue);
            CollectionAssert.AreEqual(keys.Where(k => k >= low && k <= high).ToList(), KeyGroupCache.Slice(keys, low, high).ToList());
        }
    }

    [TestMethod]
    public void Cached_groups_and_marks_of_large_groups_are_found_by_order_level_and_prefix()
    {
        var cache = new KeyGroupCache();
        UInt128 group = QuadKeys.Pack(3, 4, 0, 0);
        Assert.IsFalse(cache.TryGet(IndexOrder.Spog, 2, group, out _));

        UInt128[] keys = [QuadKeys.Pack(3, 4, 5, 6), QuadKeys.Pack(3, 4, 7, 1)];
        cache.Set(IndexOrder.Spog, 2, group, keys);
        cache.Set(IndexOrder.Posg, 2, group, null);
        Assert.IsTrue(cache.TryGet(IndexOrder.Spog, 2, group, out UInt128[]? found));
        Assert.AreSame(keys, found);
        Assert.IsTrue(cache.TryGet(IndexOrder.Posg, 2, group, out UInt128[]? large));
        Assert.IsNull(large);
        Assert.IsFalse(cache.TryGet(IndexOrder.Spog, 3, group, out _));
        Assert.IsFalse(cache.TryGet(IndexOrder.Ospg, 2, group, out _));
    }

    [TestMethod]
    public void A_group_is_admitted_the_second_time_a_lookup_falls_into_it()
    {
        var cache = new KeyGroupCache();
        UInt128 group = QuadKeys.Pack(3, 4, 0, 0);
        Assert.IsFalse(cache.Admit(IndexOrder.Gspo, 2, group));
        Assert.IsFalse(cache.Admit(IndexOrder.Gspo, 3, group));
        Assert.IsFalse(cache.Admit(IndexOrder.Gosp, 2, group));
        Assert.IsTrue(cache.Admit(IndexOrder.Gspo, 2, group));
        Assert.IsTrue(cache.Admit(IndexOrder.Gspo, 3, group));

        // Nearly every other group is still new: one bit per group among millions.
        var random = new Random(7);
        int early = Enumerable.Range(0, 10_000).Count(_ => cache.Admit(IndexOrder.Spog, 2, QuadKeys.Pack((uint)random.Next(), (uint)random.Next(), 0, 0)));
        Assert.IsLessThan(100, early);
    }

    [TestMethod]
    public void A_cache_half_full_keeps_nearly_every_group()
    {
        // Two slots per group: at half the capacity nearly all groups stay (one slot per group would lose a fifth).
        var cache = new KeyGroupCache();
        int groups = KeyGroupCache.Capacity / 2;
        var random = new Random(11);
        UInt128[] prefixes = [.. Enumerable.Range(0, groups).Select(_ => QuadKeys.Pack(1, (uint)random.Next(), 0, 0)).Distinct()];
        UInt128[] empty = [];
        foreach (UInt128 prefix in prefixes)
        {
            cache.Set(IndexOrder.Gspo, 2, prefix, empty);
        }

        int kept = prefixes.Count(p => cache.TryGet(IndexOrder.Gspo, 2, p, out _));
        Assert.IsGreaterThan(0.9 * prefixes.Length, (double)kept, $"{kept} of {prefixes.Length} groups kept");
    }

    [TestMethod]
    public void The_cache_holds_no_more_keys_than_its_budget()
    {
        var cache = new KeyGroupCache();
        UInt128[] full = [.. Enumerable.Range(0, KeyGroupCache.MaxKeys).Select(i => QuadKeys.Pack(0, 0, 0, (uint)i))];
        int groups = (int)(2 * KeyGroupCache.KeyBudget / KeyGroupCache.MaxKeys);
        for (int i = 0; i < groups; i++)
        {
            cache.Set(IndexOrder.Spog, 2, QuadKeys.Pack((uint)i, 1, 0, 0), full);
        }

        Assert.IsLessThanOrEqualTo(KeyGroupCache.KeyBudget, cache.KeyCount);
        Assert.IsGreaterThan(KeyGroupCache.KeyBudget / 2, cache.KeyCount);
        int found = 0;
        for (int i = 0; i < groups; i++)
        {
            if (cache.TryGet(IndexOrder.Spog, 2, QuadKeys.Pack((uint)i, 1, 0, 0), out UInt128[]? keys))
            {
                Assert.AreSame(full, keys);
                found++;
            }
        }

        Assert.AreEqual(cache.KeyCount, (long)found * KeyGroupCache.MaxKeys);
    }
}
