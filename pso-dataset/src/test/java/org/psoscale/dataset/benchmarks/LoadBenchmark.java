package org.psoscale.dataset.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.PsoJson;

/**
 * Reading the bundled 55 cases ({@code PsoDataset.read}, strict, with every check) against hand-written Jackson
 * anchors over the same bytes in memory, in the same run: a plain mapper's tree ({@code jacksonTree}), the same
 * through the UTF-8 decoding reader the project parses from ({@code jacksonTreeUtf8Reader}), and a plain mapper
 * into plain records ({@code jacksonRecords}). Run with {@code -prof gc} for the allocation per read.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {
  private byte[] bytes;

  /** Loads the bundled bytes and checks that every path reads all 55 cases. */
  /** The distinct URLs the bundled file cites (273 of 510 citations), as text. */
  private String[] urls;

  @Setup
  public void setUp() throws IOException {
    bytes = GeneratedData.bundledBytes();
    int n = read().size();
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    for (org.psoscale.dataset.PsoCase c : read().cases()) {
      c.codedFeatures().forEach(f -> distinct.add(f.source().toString()));
      java.util.List<org.psoscale.dataset.Source> sources = new java.util.ArrayList<>();
      c.provenance().foundingYear().ifPresent(sources::add);
      c.provenance().legalStatus().ifPresent(sources::add);
      c.provenance().country().ifPresent(sources::add);
      c.sectorAssignments().forEach(a -> sources.add(a.source()));
      c.errata().forEach(e -> sources.add(e.source()));
      sources.forEach(src -> src.url().ifPresent(u -> distinct.add(u.toString())));
      c.pso().website().ifPresent(u -> distinct.add(u.toString()));
    }
    urls = distinct.toArray(String[]::new);
    if (jacksonTree().get("cases").size() != n || jacksonRecords().cases().size() != n
        || jacksonTreeUtf8Reader().get("cases").size() != n) {
      throw new IllegalStateException("the anchors read another number of cases than " + n);
    }
  }

  /** The library: strict, validated, indexed. */
  @Benchmark
  public PsoDataset read() throws IOException {
    return PsoDataset.read(new ByteArrayInputStream(bytes));
  }

  /** The cases as the shared strict reader maps them straight from the bytes (no per-record buffering or index). */
  public record StrictDoc(int formatVersion, java.util.List<org.psoscale.dataset.PsoCase> cases) {}

  private static final com.fasterxml.jackson.databind.ObjectReader STRICT_DOC = PsoJson.reader(StrictDoc.class);

  /**
   * Diagnostic, not an anchor: the project's value types (with their validation) mapped by the shared strict reader
   * straight from the bytes, with no problem report, buffering or lookup index: what mapping and validating the
   * values costs by itself.
   */
  @Benchmark
  public StrictDoc strictMappingOnly() throws IOException {
    return STRICT_DOC.readValue(bytes);
  }

  /** Anchor: a plain mapper's tree from the bytes. */
  /**
   * Diagnostic: only parsing the distinct source URLs of the bundled file into {@link java.net.URI}s, which
   * {@code read} did once each until the values kept URLs as text (parsed on first use), as the anchors do.
   */
  @Benchmark
  public java.net.URI[] distinctUrlsOnly() {
    java.net.URI[] out = new java.net.URI[urls.length];
    for (int i = 0; i < urls.length; i++) {
      out[i] = java.net.URI.create(urls[i]);
    }
    return out;
  }

  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return PlainRecords.MAPPER.readTree(bytes);
  }

  /** Anchor: a plain mapper's tree, decoding through {@link PsoJson#utf8} as the library does. */
  @Benchmark
  public JsonNode jacksonTreeUtf8Reader() throws IOException {
    try (Reader r = PsoJson.utf8(new ByteArrayInputStream(bytes))) {
      return PlainRecords.MAPPER.readTree(r);
    }
  }

  /** Anchor: a plain mapper into plain records of the same shape, from the bytes. */
  @Benchmark
  public PlainRecords.Doc jacksonRecords() throws IOException {
    return PlainRecords.MAPPER.readValue(bytes, PlainRecords.Doc.class);
  }
}
