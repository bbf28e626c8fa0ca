package org.psoscale.dataset.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psoscale.dataset.CsvExport;
import org.psoscale.dataset.PsoDataset;

/**
 * Reading and writing generated data sets of 1,000, 10,000 and 100,000 cases ({@link GeneratedData}) against
 * Jackson-tree anchors in the same run: {@code read} vs {@code jacksonTreeRead} (a plain mapper's tree from the same
 * bytes); {@code write} vs {@code jacksonTreeWrite} (a plain mapper writing the already-parsed tree of the same
 * data, indented); {@code writeCsv} vs {@code csvRowsBaseline} (Jackson's CSV writer over the already-made rows).
 * Writes go to a counting sink. Run with {@code -prof gc} for allocation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class ScaleBenchmark {
  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema SCHEMA = schema();

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    CsvExport.COLUMNS.forEach(b::addColumn);
    return b.build().withHeader().withLineSeparator("\r\n");
  }

  /** What the reads need: only the bytes (so that 100,000 cases fit beside one result). */
  @State(Scope.Benchmark)
  public static class Bytes {
    @Param({"1000", "10000", "100000"})
    public int size;
    byte[] bytes;

    /** Generates the bytes. */
    @Setup(Level.Trial)
    public void setUp() {
      bytes = GeneratedData.bytes(size);
    }
  }

  /** What the writes need: the data set, the same data as a tree, and its CSV rows. */
  @State(Scope.Benchmark)
  public static class Written {
    @Param({"1000", "10000", "100000"})
    public int size;
    PsoDataset dataset;
    JsonNode tree;
    List<ImmutableMap<String, String>> rows;

    /** Generates the bytes and reads them once each way. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      byte[] bytes = GeneratedData.bytes(size);
      dataset = PsoDataset.read(new ByteArrayInputStream(bytes));
      tree = PlainRecords.MAPPER.readTree(bytes);
      rows = CsvExport.rows(dataset);
      if (dataset.size() != size || tree.get("cases").size() != size) {
        throw new IllegalStateException("generated " + dataset.size() + " cases, not " + size);
      }
    }
  }

  /** The library's strict read. */
  @Benchmark
  public PsoDataset read(Bytes s) throws IOException {
    return PsoDataset.read(new ByteArrayInputStream(s.bytes));
  }

  /** Anchor: a plain mapper's tree of the same bytes. */
  @Benchmark
  public JsonNode jacksonTreeRead(Bytes s) throws IOException {
    return PlainRecords.MAPPER.readTree(s.bytes);
  }

  /** The library's streaming write. */
  @Benchmark
  public long write(Written s) throws IOException {
    Sink out = new Sink();
    s.dataset.write(out);
    return out.count;
  }

  /** Anchor: a plain mapper writing the parsed tree, indented. */
  @Benchmark
  public long jacksonTreeWrite(Written s) throws IOException {
    Sink out = new Sink();
    PlainRecords.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, s.tree);
    return out.count;
  }

  /** The library's streaming CSV export (rows made one at a time). */
  @Benchmark
  public long writeCsv(Written s) throws IOException {
    Sink out = new Sink();
    s.dataset.writeCsv(out);
    return out.count;
  }

  /** Anchor: Jackson's CSV writer over rows already made. */
  @Benchmark
  public long csvRowsBaseline(Written s) throws IOException {
    Sink out = new Sink();
    try (SequenceWriter w = CSV.writer(SCHEMA).writeValues(out)) {
      for (ImmutableMap<String, String> row : s.rows) {
        w.write(row);
      }
    }
    return out.count;
  }

  /** Counts the bytes written and drops them. */
  static final class Sink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
