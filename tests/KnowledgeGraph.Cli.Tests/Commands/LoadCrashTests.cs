using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// Issue 4, item 5: <c>kg load</c> killed with SIGKILL at several points leaves a store that opens, answers, and
/// holds exactly the batches committed before the kill — a prefix of the input in whole batches, nothing else.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class LoadCrashTests
{
    // Batches of this size are written as SST files and ingested (the store's way for batches of 10,000 or more).
    private const int Lines = 150_000;
    private const int BatchSize = 15_000;
    private const int Batches = Lines / BatchSize;

    private static readonly string s_kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");

    private static string s_folder = "";
    private static string s_input = "";

    [ClassInitialize]
    public static void WriteInput(TestContext context)
    {
        s_folder = Path.Combine(Path.GetTempPath(), "kg-crash-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(s_folder);
        s_input = Path.Combine(s_folder, "input.nt");

        // Line i: a subject of its own, one of a few predicates, an object shared by many lines (so batches reuse
        // terms of earlier ones, as real data does), and a literal of its own every third line.
        using var writer = new StreamWriter(s_input, false, new UTF8Encoding(false));
        for (int i = 0; i < Lines; i++)
        {
            string @object = i % 3 == 0 ? $"\"value {i}\"@en" : $"<http://example.org/o{i % 997}>";
            writer.Write($"<http://example.org/s{i}> <http://example.org/p{i % 7}> {@object} .\n");
        }
    }

    [ClassCleanup]
    public static void DeleteInput()
    {
        if (Directory.Exists(s_folder))
        {
            Directory.Delete(s_folder, recursive: true);
        }
    }

    [TestMethod]
    [DataRow(1, DisplayName = "after the first committed batch")]
    [DataRow(Batches / 2, DisplayName = "in the middle")]
    [DataRow(Batches - 2, DisplayName = "near the end")]
    public void A_killed_load_leaves_a_prefix_of_whole_committed_batches(int killAfterBatches)
    {
        string store = Path.Combine(s_folder, $"store-{killAfterBatches}");
        int committed = LoadAndKill(store, killAfterBatches);
        Assert.IsGreaterThanOrEqualTo(killAfterBatches, committed, "the child reported this many committed batches before it was killed");

        long count = CheckPrefix(store);
        Assert.IsGreaterThanOrEqualTo((long)committed * BatchSize, count, "every batch reported as committed is there");
        Assert.IsTrue(count % BatchSize == 0 || count == Lines, $"{count:N0} quads is not a whole number of batches of {BatchSize:N0}");

        // The store goes on working: loading the file again completes it (the loader skips what is there).
        if (killAfterBatches == Batches / 2)
        {
            using Process again = Start(store);
            again.StandardError.ReadToEnd();
            Assert.IsTrue(again.WaitForExit(TimeSpan.FromMinutes(1)), "the second load did not finish");
            Assert.AreEqual(0, again.ExitCode);
            Assert.AreEqual(Lines, CheckPrefix(store));
        }
    }

    /// <summary>Starts a load, kills it (SIGKILL) once it reported <paramref name="batches"/> commits; returns how many it reported.</summary>
    private static int LoadAndKill(string store, int batches)
    {
        using Process process = Start(store);
        int committed = 0;
        while (process.StandardError.ReadLine() is { } line)
        {
            if (line.StartsWith("kg: committed", StringComparison.Ordinal) && ++committed == batches)
            {
                process.Kill();
                break;
            }
        }

        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(1)), "the killed load did not end");
        Assert.AreEqual(batches, committed, "the load ended before the kill point");
        return committed;
    }

    private static Process Start(string store)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "exec", s_kg, "load", "--store", store, "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture), s_input })
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("cannot start kg");
    }

    /// <summary>Opens the store, checks that its quads are exactly the first N lines of the input, returns N.</summary>
    private static long CheckPrefix(string directory)
    {
        using RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        long count = snapshot.QuadCount;
        var seen = new bool[Lines];
        long matched = 0;
        foreach (EncodedQuad quad in snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any))
        {
            matched++;
            string subject = ((Iri)snapshot.GetTerm(quad.Subject)).Value;
            int line = int.Parse(subject.AsSpan("http://example.org/s".Length), System.Globalization.CultureInfo.InvariantCulture);
            Assert.IsLessThan(count, line, $"line {line} is stored, but the store counts only {count:N0} quads");
            Assert.IsFalse(seen[line], $"line {line} is stored twice");
            seen[line] = true;
            Assert.AreEqual($"http://example.org/p{line % 7}", ((Iri)snapshot.GetTerm(quad.Predicate)).Value);
            Assert.AreEqual(TermIds.DefaultGraph, quad.Graph);
        }

        Assert.AreEqual(count, matched, "the quad count agrees with the quads");
        return count;
    }
}
