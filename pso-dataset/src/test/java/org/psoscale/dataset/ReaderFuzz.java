package org.psoscale.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.psoscale.model.PsoJson;

/**
 * Mutation fuzzing of every reader of pso-dataset: valid documents (small, so that thousands of tries stay fast)
 * are mutated in their bytes, their JSON structure and their sizes, and each reader must either read the result
 * or throw its documented {@link DatasetFormatException}; any other throwable is a finding. Used by
 * {@code ReaderFuzzProperties} (a few thousand tries in every build) and {@code ReaderFuzzLongRun} (100,000+).
 */
final class ReaderFuzz {
  /** A reader under test: reads bytes, may throw only DatasetFormatException. */
  interface Reader {
    void read(InputStream in) throws IOException;
  }

  static final ImmutableMap<String, Reader> READERS = ImmutableMap.<String, Reader>builder()
      .put("dataset", PsoDataset::read)
      .put("dataset-user", in -> PsoDataset.read(in, PsoDataset.Strictness.USER_SUPPLIED))
      .put("coding-sheet-csv", CodingSheet::readCsv)
      .put("coding-sheet-json", CodingSheet::readJson)
      .put("tidy-csv", CsvExport::read)
      .put("codebook", Codebook::read)
      .put("search-record", SearchRecord::read)
      .put("coding", CodingReliability::readCoding)
      .build();

  private static final ObjectMapper MAPPER = PsoJson.mapper();
  private static final ImmutableMap<String, byte[]> SEEDS = seeds();

  private ReaderFuzz() {}

  private static ImmutableMap<String, byte[]> seeds() {
    try {
      PsoDataset bundled = PsoDataset.bundled();
      PsoDataset small = PsoDataset.of(List.of(bundled.byId("olio").orElseThrow(),
          bundled.byId("fixmystreet").orElseThrow(), bundled.byId("liquid-democracy").orElseThrow()));
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      small.write(json);
      ByteArrayOutputStream sheet = new ByteArrayOutputStream();
      CodingSheet.writeCsv(small, sheet);
      ByteArrayOutputStream sheetJson = new ByteArrayOutputStream();
      CodingSheet.writeJson(small, sheetJson);
      ByteArrayOutputStream tidy = new ByteArrayOutputStream();
      small.writeCsv(tidy);
      ByteArrayOutputStream codebook = new ByteArrayOutputStream();
      MAPPER.writeValue(codebook, Codebook.bundled());
      SearchRecord record = SearchRecord.bundled();
      ByteArrayOutputStream search = new ByteArrayOutputStream();
      MAPPER.writeValue(search, ImmutableSearchRecord.builder().protocol(record.protocol())
          .addCases(record.forCase("olio").orElseThrow()).build());
      String coding = "{\"coder\": \"c\", \"cases\": [{\"id\": \"olio\", \"features\": [{\"feature\":"
          + " \"indicator:REAL_WORLD_FOCI\", \"decision\": \"ABSENT\", \"evidence\": \"evidenceText\","
          + " \"justification\": \"j\", \"source\": \"https://example.org\", \"lines\": [1]}]}]}";
      return ImmutableMap.<String, byte[]>builder()
          .put("dataset", json.toByteArray())
          .put("dataset-user", json.toByteArray())
          .put("coding-sheet-csv", sheet.toByteArray())
          .put("coding-sheet-json", sheetJson.toByteArray())
          .put("tidy-csv", tidy.toByteArray())
          .put("codebook", codebook.toByteArray())
          .put("search-record", search.toByteArray())
          .put("coding", coding.getBytes(StandardCharsets.UTF_8))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid seed document of a reader. */
  static byte[] seed(String reader) {
    return SEEDS.get(reader).clone();
  }

  /** A mutation of the reader's seed document, chosen by {@code seed}. */
  static byte[] mutant(String reader, long seed) {
    return mutate(seed(reader), new Random(seed));
  }

  /** One to three of the mutations below, applied to {@code doc}. */
  static byte[] mutate(byte[] doc, Random r) {
    int rounds = 1 + r.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      doc = mutateOnce(doc, r);
    }
    return doc;
  }

  private static final byte[] INTERESTING = {0, 1, '"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\r', ';', '=',
      ' ', '-', '+', '.', 'e', '0', '9', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};

  private static byte[] mutateOnce(byte[] doc, Random r) {
    int n = doc.length;
    switch (r.nextInt(9)) {
      case 0: { // flip a byte
        if (n == 0) {
          return doc;
        }
        byte[] out = doc.clone();
        out[r.nextInt(n)] = r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) r.nextInt(256);
        return out;
      }
      case 1: { // delete a range
        if (n == 0) {
          return doc;
        }
        int from = r.nextInt(n);
        int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 8)));
        return concat(Arrays.copyOfRange(doc, 0, from), Arrays.copyOfRange(doc, to, n));
      }
      case 2: { // insert interesting bytes
        int at = r.nextInt(n + 1);
        byte[] ins = new byte[1 + r.nextInt(4)];
        for (int i = 0; i < ins.length; i++) {
          ins[i] = INTERESTING[r.nextInt(INTERESTING.length)];
        }
        return concat(Arrays.copyOfRange(doc, 0, at), ins, Arrays.copyOfRange(doc, at, n));
      }
      case 3: // truncate
        return Arrays.copyOf(doc, n == 0 ? 0 : r.nextInt(n));
      case 4: { // duplicate a range, sometimes many times (size)
        if (n == 0) {
          return doc;
        }
        int from = r.nextInt(n);
        int to = Math.min(n, from + 1 + r.nextInt(64));
        byte[] piece = Arrays.copyOfRange(doc, from, to);
        int times = r.nextInt(10) == 0 ? 2000 : 1 + r.nextInt(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(doc, 0, to);
        for (int i = 0; i < times; i++) {
          out.write(piece, 0, piece.length);
        }
        out.write(doc, to, n - to);
        return out.toByteArray();
      }
      case 5: // leading NULs or a byte-order mark
        return concat(r.nextBoolean() ? new byte[] {0, 0, 0} : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            doc);
      case 6: // two documents in one
        return concat(doc, "\n".getBytes(StandardCharsets.UTF_8), doc);
      default: // change the JSON structure, if it is JSON
        return structural(doc, r);
    }
  }

  private static byte[] structural(byte[] doc, Random r) {
    JsonNode root;
    try {
      root = MAPPER.readTree(doc);
    } catch (IOException notJson) {
      return doc;
    }
    if (root == null || !root.isContainerNode()) {
      return doc;
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(r.nextInt(containers.size()));
    JsonNode replacement = randomValue(r);
    if (target instanceof ObjectNode && target.size() > 0) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(r.nextInt(names.size()));
      switch (r.nextInt(3)) {
        case 0:
          o.set(name, replacement);
          break;
        case 1:
          o.remove(name);
          break;
        default:
          String text = o.toString();
          String dup = "{\"" + name + "\":" + o.get(name) + "," + text.substring(1);
          return replaceOnce(root, target, dup);
      }
    } else if (target instanceof ArrayNode) {
      ArrayNode a = (ArrayNode) target;
      if (a.size() > 0 && r.nextBoolean()) {
        a.set(r.nextInt(a.size()), replacement);
      } else {
        a.add(a.size() > 0 && r.nextBoolean() ? a.get(0).deepCopy() : replacement);
      }
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceOnce(JsonNode root, JsonNode target, String replacementText) {
    String all = root.toString();
    String t = target.toString();
    int at = all.indexOf(t);
    return (at < 0 ? all : all.substring(0, at) + replacementText + all.substring(at + t.length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  private static JsonNode randomValue(Random r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (r.nextInt(12)) {
      case 0:
        return f.nullNode();
      case 1:
        return f.numberNode(r.nextInt());
      case 2:
        return f.numberNode(2009.5);
      case 3:
        return f.textNode("2009");
      case 4:
        return f.textNode(" SHARING ");
      case 5:
        return f.numberNode(0);
      case 6:
        return f.arrayNode().add("x").add("x");
      case 7:
        return f.objectNode().put("unknown", 1);
      case 8:
        return f.textNode("a".repeat(1 + r.nextInt(5000)));
      case 9:
        return f.booleanNode(r.nextBoolean());
      case 10:
        return f.numberNode(new java.math.BigInteger("9".repeat(1 + r.nextInt(900))));
      default:
        return f.textNode("\u0000\uFFFF\uD800");
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  /**
   * Reads {@code doc} with the reader; returns null if it read or threw its documented exception, otherwise the
   * undocumented throwable.
   */
  static Throwable undocumented(String reader, byte[] doc) {
    try {
      READERS.get(reader).read(new ByteArrayInputStream(doc));
      return null;
    } catch (DatasetFormatException documented) {
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** The reader names. */
  static List<String> readers() {
    return new ArrayList<>(READERS.keySet());
  }
}
