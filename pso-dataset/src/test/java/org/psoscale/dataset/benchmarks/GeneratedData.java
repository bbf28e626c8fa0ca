package org.psoscale.dataset.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.psoscale.dataset.PsoDataset;

/**
 * Data sets of any size for the benchmarks and the heap harness: copy {@code k} of bundled case {@code j} is the
 * bundled case with {@code -gk} added to its id and {@code " Gk"} to each of its names (so that ids and names stay
 * unique), everything else as bundled. Valid under {@link PsoDataset.Strictness#PROVENANCE_REQUIRED}.
 */
public final class GeneratedData {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private GeneratedData() {}

  /** The bytes of the bundled data set, as shipped. */
  public static byte[] bundledBytes() {
    try (InputStream in = PsoDataset.class.getResourceAsStream(PsoDataset.RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a data set of {@code n} generated cases, streamed (the cases are never all in memory).
   *
   * @param n the number of cases
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(int n, OutputStream out) throws IOException {
    ArrayNode bundled = (ArrayNode) PLAIN.readTree(bundledBytes()).get("cases");
    try (var g = PLAIN.createGenerator(out)) {
      g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("formatVersion", PsoDataset.FORMAT_VERSION);
      g.writeArrayFieldStart("cases");
      for (int i = 0; i < n; i++) {
        int k = i / bundled.size();
        JsonNode c = bundled.get(i % bundled.size());
        g.writeTree(k == 0 ? c : copy((ObjectNode) c, k));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** The bytes of a data set of {@code n} generated cases. */
  public static byte[] bytes(int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(n, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The same {@code n} generated cases as objects, made one at a time from their JSON (never the whole document in
   * memory), so that the data set can be built without reading a file; each from its own bytes, so that the cases
   * share no strings (as when read from a file) and take the memory a read data set takes.
   *
   * @param n the number of cases
   * @return the cases
   */
  public static java.util.List<org.psoscale.dataset.PsoCase> cases(int n) {
    try {
      ArrayNode bundled = (ArrayNode) PLAIN.readTree(bundledBytes()).get("cases");
      var reader = org.psoscale.model.PsoJson.reader(org.psoscale.dataset.PsoCase.class);
      java.util.List<org.psoscale.dataset.PsoCase> out = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int k = i / bundled.size();
        JsonNode c = bundled.get(i % bundled.size());
        // from the copy's own bytes, so that, as in a read, no two cases share a string
        out.add(reader.readValue(PLAIN.writeValueAsBytes(k == 0 ? c : copy((ObjectNode) c, k))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode copy(ObjectNode c, int k) {
    ObjectNode o = c.deepCopy();
    o.put("id", o.get("id").asText() + "-g" + k);
    ObjectNode pso = (ObjectNode) o.get("pso");
    pso.put("name", pso.get("name").asText() + " G" + k);
    ArrayNode aliases = (ArrayNode) pso.get("aliases");
    for (int a = 0; a < aliases.size(); a++) {
      aliases.set(a, TextNode.valueOf(aliases.get(a).asText() + " G" + k));
    }
    for (String table : new String[] {"appendix", "sectorTable", "strategyTable"}) {
      if (o.get(table) instanceof ObjectNode) {
        ObjectNode t = (ObjectNode) o.get(table);
        t.put("rawName", t.get("rawName").asText() + " G" + k);
      }
    }
    return o;
  }
}
