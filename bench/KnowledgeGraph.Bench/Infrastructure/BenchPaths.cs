namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>Where the repository, the benchmark data, the peers and the binaries under test are.</summary>
internal sealed class BenchPaths
{
    private BenchPaths(string repository)
    {
        Repository = repository;
        Bench = Path.Combine(repository, "bench");
        Data = Path.Combine(Bench, "data");
        Out = Path.Combine(Bench, "out");
        Peers = Path.Combine(Bench, "peers");
        Queries = Path.Combine(Bench, "queries");
        Kg = Path.Combine(repository, "src", "KnowledgeGraph.Cli", "bin", "Release", "net10.0", "kg");
        KgBench = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this process's executable");
    }

    public string Repository { get; }

    public string Bench { get; }

    public string Data { get; }

    public string Out { get; }

    public string Peers { get; }

    public string Queries { get; }

    /// <summary>The Release build of the <c>kg</c> command (made by bench/setup.sh).</summary>
    public string Kg { get; }

    /// <summary>This benchmark console (its <c>count</c>, <c>write</c> and <c>query-engine</c> modes run as children).</summary>
    public string KgBench { get; }

    public string DataFile(string name) => Path.Combine(Data, name);

    public string Peer(string script) => Path.Combine(Peers, script);

    /// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) above the executable or the working directory.</summary>
    public static BenchPaths Locate()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? d = new(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "KnowledgeGraph.sln")) && Directory.Exists(Path.Combine(d.FullName, "bench")))
                {
                    return new BenchPaths(d.FullName);
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (KnowledgeGraph.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>Checks that the files a benchmark needs exist, with a hint to run setup.sh.</summary>
    public void Require(params string[] files)
    {
        foreach (string f in files)
        {
            if (!File.Exists(f))
            {
                throw new InvalidOperationException($"missing {f}: run 'bash bench/setup.sh' first");
            }
        }
    }

    /// <summary>The Java classpath for Debian's Jena (through peers/jena-classpath.sh) plus the compiled JenaBench.</summary>
    public string JenaClasspath()
    {
        Measurement m = ProcessRunner.Run([Peer("jena-classpath.sh"), Path.Combine(Out, "jena-fix")], captureStdout: true);
        if (m.ExitCode != 0)
        {
            throw new InvalidOperationException("jena-classpath.sh failed: " + m.Stderr);
        }

        return m.Stdout.Trim() + ":" + Path.Combine(Out, "jena");
    }
}
