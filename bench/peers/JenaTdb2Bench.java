// Query latency of Apache Jena TDB2 (Debian libapache-jena-java 4.5) on a database that tdb2.tdbloader built.
// Written for this repository (not one of the shared peer drivers); it calls Jena's public API only.
//
// usage: java -cp "$(peers/jena-classpath.sh):bench/out/jena" JenaTdb2Bench LOCATION QUERYDIR [reps=30] [warm=10]
//
// The same protocol as kg-bench store-query-engine and peers/ox_query.mjs: open the database once
// (TDB2Factory.connectDataset); the row count of each query from one untimed run; WARM untimed rounds over the whole
// query mix, then REPS timed rounds, each round running every query once in file order. Each run is one read
// transaction holding parse + execute + serialize of the results (SPARQL-JSON for SELECT/ASK, N-Triples for
// CONSTRUCT/DESCRIBE) into memory. Prints JSON lines: an open line, one line per query, a summary line.
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

public final class JenaTdb2Bench {
  private JenaTdb2Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: JenaTdb2Bench LOCATION QUERYDIR [reps=30] [warm=10]");
      System.exit(2);
    }
    String location = args[0];
    Path queryDir = Paths.get(args[1]);
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    if (!Files.isDirectory(Paths.get(location))) {
      System.err.println("JenaTdb2Bench: there is no TDB2 database at " + location);
      System.exit(1);
    }

    JenaSystem.init();
    long opened = System.nanoTime();
    Dataset dataset = TDB2Factory.connectDataset(location);
    double openSeconds = (System.nanoTime() - opened) / 1e9;
    long counted = System.nanoTime();
    long triples = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getDefaultGraph().size()
        + countNamedQuads(dataset));
    double countSeconds = (System.nanoTime() - counted) / 1e9;
    System.out.printf(Locale.ROOT, "{\"engine\":\"jena-4.5 tdb2\",\"data\":\"%s\",\"triples\":%d,\"open_s\":%.3f,\"count_s\":%.3f}%n",
        json(location), triples, openSeconds, countSeconds);

    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(queryDir, "*.rq")) {
      listing.forEach(files::add);
    }
    files.sort(null);
    int n = files.size();
    String[] texts = new String[n];
    long[] rows = new long[n];
    long[] resultBytes = new long[n];
    double[][] times = new double[n][reps];
    for (int i = 0; i < n; i++) {
      texts[i] = Files.readString(files.get(i));
      String text = texts[i];
      rows[i] = Txn.calculateRead(dataset, () -> execute(dataset, text, null));
    }

    long phase = System.nanoTime();
    for (int round = 0; round < warm + reps; round++) {
      for (int i = 0; i < n; i++) {
        String text = texts[i];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        Txn.executeRead(dataset, () -> execute(dataset, text, out));
        double ms = (System.nanoTime() - start) / 1e6;
        resultBytes[i] = out.size();
        if (round >= warm) {
          times[i][round - warm] = ms;
        }
      }
    }

    double sum = 0;
    for (int i = 0; i < n; i++) {
      double[] sorted = times[i].clone();
      Arrays.sort(sorted);
      double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      sum += median;
      System.out.printf(Locale.ROOT, "{\"query\":\"%s\",\"rows\":%d,\"result_bytes\":%d,\"median_ms\":%.3f,\"min_ms\":%.3f,\"max_ms\":%.3f,\"reps\":%d}%n",
          json(files.get(i).getFileName().toString()), rows[i], resultBytes[i], median, sorted[0], sorted[sorted.length - 1], reps);
    }
    System.out.printf(Locale.ROOT, "{\"engine\":\"jena-4.5 tdb2\",\"data\":\"%s\",\"warm_rounds\":%d,\"reps\":%d,\"sum_of_medians_ms\":%.3f,\"query_phase_s\":%.2f}%n",
        json(location), warm, reps, sum, (System.nanoTime() - phase) / 1e9);
    dataset.close();
  }

  /** Quads in named graphs (a file of triples loads none, but a store of quads may hold some). */
  private static long countNamedQuads(Dataset dataset) {
    long count = 0;
    for (var names = dataset.asDatasetGraph().listGraphNodes(); names.hasNext(); ) {
      count += dataset.asDatasetGraph().getGraph(names.next()).size();
    }
    return count;
  }

  /**
   * Parses, executes and serializes one query inside the caller's read transaction. With out == null, nothing is
   * written and the result is counted: solutions for SELECT, 1/0 for ASK, triples of the (set) graph otherwise.
   */
  private static long execute(Dataset dataset, String text, OutputStream out) {
    Query query = QueryFactory.create(text);
    try (QueryExecution execution = QueryExecutionFactory.create(query, dataset)) {
      if (query.isSelectType()) {
        ResultSet results = execution.execSelect();
        if (out == null) {
          return ResultSetFormatter.consume(results);
        }
        ResultSetFormatter.outputAsJSON(out, results);
        return 0;
      }
      if (query.isAskType()) {
        boolean answer = execution.execAsk();
        if (out != null) {
          ResultSetFormatter.outputAsJSON(out, answer);
        }
        return answer ? 1 : 0;
      }
      Model graph = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
      if (out != null) {
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
      }
      return graph.size();
    }
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
