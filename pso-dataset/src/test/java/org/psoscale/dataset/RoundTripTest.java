package org.psoscale.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** JSON, CSV and Java-serialisation round trips lose nothing, for the bundled data and generated data sets. */
class RoundTripTest {
  static PsoDataset viaJson(PsoDataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.write(out);
    return PsoDataset.read(new ByteArrayInputStream(out.toByteArray()));
  }

  static ImmutableList<ImmutableMap<String, String>> viaCsv(PsoDataset d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.writeCsv(out);
    return CsvExport.read(new ByteArrayInputStream(out.toByteArray()));
  }

  static void assertCsvLossless(PsoDataset d) throws IOException {
    ImmutableList<ImmutableMap<String, String>> rows = CsvExport.rows(d);
    assertEquals(rows, viaCsv(d));
    for (int i = 0; i < d.size(); i++) {
      assertEquals(d.cases().get(i).pso(), CsvExport.pso(rows.get(i)), d.cases().get(i).id());
    }
  }

  @Test
  void bundledJsonRoundTrip() throws IOException {
    PsoDataset d = PsoDataset.bundled();
    PsoDataset back = viaJson(d);
    assertEquals(d, back);
    assertEquals(d.cases(), back.cases());
  }

  @Test
  void bundledCsvRoundTrip() throws IOException {
    assertCsvLossless(PsoDataset.bundled());
  }

  @Test
  void csvHasHeaderAndOneRowPerCase() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PsoDataset.bundled().writeCsv(out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertTrue(csv.startsWith(String.join(",", CsvExport.COLUMNS) + "\r\n"), csv.substring(0, 200));
    assertEquals(56, csv.split("\r\n").length);
  }

  @Test
  void bundledJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(PsoDataset.bundled());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      PsoDataset back = (PsoDataset) in.readObject();
      assertEquals(PsoDataset.bundled(), back);
      assertEquals(PsoDataset.bundled().find("FRAGDENSTAA T"), back.find("fragdenstaat"));
    }
  }

  @Property(tries = 200)
  void generatedJsonRoundTrip(@ForAll("datasets") PsoDataset d) throws IOException {
    assertEquals(d.cases(), viaJson(d).cases());
  }

  @Property(tries = 200)
  void generatedCsvRoundTrip(@ForAll("datasets") PsoDataset d) throws IOException {
    assertCsvLossless(d);
  }

  @Provide
  Arbitrary<PsoDataset> datasets() {
    return DatasetGenerators.datasets();
  }
}
