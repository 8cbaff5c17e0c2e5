using KnowledgeGraph.Bench.Infrastructure;
using KnowledgeGraph.Bench.Loading;
using KnowledgeGraph.Bench.Parsing;
using KnowledgeGraph.Bench.Querying;

// kg-bench: the benchmarks of issues 2, 3 and 4 (see bench/README.md). Figures are printed, never asserted.
if (args.Length == 0)
{
    Console.Error.WriteLine("""
        usage: kg-bench parse  [--runs 5] [--warmup 1] [--runs-large N] [--warmup-large N] [--files a.nt,b.ttl] [--only name,...] [--parse no] [--serialize no] [--serialize-runs N] [--ox-parse yes]
               kg-bench query  [--reps 30] [--warm 10] [--data bsbm-1m.nt] [--queries DIR] [--engines ours,jena,oxigraph,comunica]
               kg-bench load   [--runs 1] [--files bsbm-1m.nt,bsbm-5m.nt] [--loaders kg,tdb2,oxigraph] [--keep yes]
                               [--query no] [--query-on bsbm-1m.nt,...] [--queries DIR] [--query-reps 30] [--query-warm 10]
               kg-bench roundtrip [--file bsbm-1m.nt] [--keep yes]
        child modes:
               kg-bench count FILE
               kg-bench write FILE [--runs 5] [--warmup 1]
               kg-bench query-engine DATAFILE QUERYDIR [reps] [warm]
               kg-bench store-query-engine STOREDIR QUERYDIR [reps] [warm]
        """);
    return 2;
}

var options = new Options(args.Skip(1));
return args[0] switch
{
    "parse" => ParseBenchmark.Run(options),
    "query" => QueryBenchmark.Run(options),
    "load" => LoadBenchmark.Run(options),
    "roundtrip" => RoundTripBenchmark.Run(options),
    "count" => CountCommand.Run(options.Positional[0]),
    "write" => WriteCommand.Run(options.Positional[0], options.Int("runs", 5), options.Int("warmup", 1)),
    "query-engine" => QueryEngineCommand.Run(
        options.Positional[0],
        options.Positional[1],
        options.Positional.Count > 2 ? int.Parse(options.Positional[2], System.Globalization.CultureInfo.InvariantCulture) : 30,
        options.Positional.Count > 3 ? int.Parse(options.Positional[3], System.Globalization.CultureInfo.InvariantCulture) : 10),
    "store-query-engine" => StoreQueryEngineCommand.Run(
        options.Positional[0],
        options.Positional[1],
        options.Positional.Count > 2 ? int.Parse(options.Positional[2], System.Globalization.CultureInfo.InvariantCulture) : 30,
        options.Positional.Count > 3 ? int.Parse(options.Positional[3], System.Globalization.CultureInfo.InvariantCulture) : 10),
    _ => throw new ArgumentException($"unknown benchmark '{args[0]}'"),
};
