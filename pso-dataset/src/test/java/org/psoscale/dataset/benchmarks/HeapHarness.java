package org.psoscale.dataset.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.psoscale.dataset.PsoDataset;

/**
 * Heap needed to read and write large generated data sets ({@link GeneratedData}), found by bisection over
 * {@code -Xmx} in child JVMs: {@code java -cp <test class path> org.psoscale.dataset.benchmarks.HeapHarness N}
 * prints, for N cases, the heap the data set itself retains and the smallest {@code -Xmx} (to 16 MB, searched from
 * 256 MB to 2,304 MB; serial collector) at which each
 * of these succeeds: building the data set in memory ({@code build}), reading its file with {@code PsoDataset.read}
 * ({@code read}), building it and writing it with {@code write} ({@code write}), and, as the anchor, reading the
 * file into a plain Jackson tree ({@code tree}). Not a unit test: it takes minutes.
 */
public final class HeapHarness {
  private HeapHarness() {}

  /**
   * Runs the bisection, or (with a mode first) one child step.
   *
   * @param args {@code N} and optionally the modes, comma-separated (default all), or {@code MODE N FILE} in a child
   * @throws Exception if a step fails unexpectedly
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && !args[0].matches("[0-9]+")) {
      child(args[0], Integer.parseInt(args[1]), Path.of(args[2]));
      return;
    }
    int n = Integer.parseInt(args[0]);
    Path file = Files.createTempFile("pso-generated-", ".json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      GeneratedData.write(n, out);
    }
    System.out.printf("%d cases, file %d MB%n", n, Files.size(file) >> 20);
    run("retained", n, file, 4096);
    run("retainedRead", n, file, 4096);
    String[] modes = args.length > 1 ? args[1].split(",") : new String[] {"build", "read", "write", "tree"};
    for (String mode : modes) {
      int lo = 256;
      int hi = 2304;
      while (hi - lo > 16) {
        int mid = (lo + hi) / 2;
        if (run(mode, n, file, mid)) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      System.out.printf("%-6s smallest -Xmx: %d MB%n", mode, hi);
    }
    Files.delete(file);
  }

  private static boolean run(String mode, int n, Path file, int mb) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + mb + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        HeapHarness.class.getName(), mode, Integer.toString(n), file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    boolean ok = p.waitFor() == 0;
    if (mode.startsWith("retained")) {
      System.out.print(output);
    }
    return ok;
  }

  private static void child(String mode, int n, Path file) throws IOException {
    switch (mode) {
      case "retained": {
        long before = used();
        PsoDataset d = PsoDataset.of(GeneratedData.cases(n));
        long after = used();
        System.out.printf("data set retains about %d MB (%d cases)%n", (after - before) >> 20, d.size());
        break;
      }
      case "retainedRead": {
        // what a read's result occupies: a read shares the text of a URL cited again shortly after (the decisions of
        // one case often cite one page), so it can be less than the data set built case by case
        long before = used();
        PsoDataset d;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          d = PsoDataset.read(in);
        }
        long after = used();
        System.out.printf("a read's data set retains about %d MB (%d cases)%n", (after - before) >> 20, d.size());
        break;
      }
      case "build":
        check(PsoDataset.of(GeneratedData.cases(n)).size(), n);
        break;
      case "read":
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          check(PsoDataset.read(in).size(), n);
        }
        break;
      case "write": {
        PsoDataset d = PsoDataset.of(GeneratedData.cases(n));
        ScaleBenchmark.Sink sink = new ScaleBenchmark.Sink();
        d.write(sink);
        check(d.size(), n);
        break;
      }
      case "tree":
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
          check(PlainRecords.MAPPER.readTree(in).get("cases").size(), n);
        }
        break;
      default:
        throw new IllegalArgumentException("mode: " + mode);
    }
  }

  private static void check(int size, int n) {
    if (size != n) {
      throw new IllegalStateException(size + " cases, not " + n);
    }
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
