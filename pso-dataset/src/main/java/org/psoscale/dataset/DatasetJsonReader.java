package org.psoscale.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.psoscale.model.PsoJson;

/**
 * Package-private: reads a data set's JSON, collecting every problem instead of stopping at the first. The file's
 * bytes are parsed as a stream (through a {@link Utf8Window}, which checks them as UTF-8 and keeps the current
 * record's bytes) so that each record's line and column are known, and each record is mapped on its own as soon as
 * it is read: by the {@link CaseMapper} straight from the parser when it is in the plain form; otherwise from its
 * bytes, parsed again and buffered, by the data binder; and a record that fails there is turned into a tree and
 * mapped again, step by step, so that an unknown property or an enum value that is not allowed is reported and set
 * aside and the rest of the record is still checked. Another kind of problem (a broken invariant, a wrong type)
 * ends that record's checks, since what follows may only be its consequence.
 */
final class DatasetJsonReader {
  /** The shared strict reader; built once in {@link PsoJson}, never per call. */
  static final ObjectReader READER = PsoJson.reader();
  /** Reads one value out of a stream that goes on (the trailing-content check is made once, at the end). */
  static final ObjectReader TREE =
      READER.without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader CASE = PsoJson.reader(PsoCase.class);
  private static final int MAX_REPAIRS = 50;

  private DatasetJsonReader() {}

  static PsoDataset read(InputStream in, PsoDataset.Strictness strictness) throws IOException {
    return read(in, strictness, true);
  }

  /**
   * Reads a data set; {@code direct} false is the reference way the tests compare with (every record mapped by the
   * data binder, through the strict decoding Reader), true the way every caller takes.
   */
  static PsoDataset read(InputStream in, PsoDataset.Strictness strictness, boolean direct) throws IOException {
    JsonProblems problems = new JsonProblems("data set");
    // each record is mapped as soon as it is read, so that memory holds one record, not the document; its problems
    // are kept apart and reported after the file's own, in the order they always had
    JsonProblems recordProblems = new JsonProblems("data set");
    List<PsoCase> cases = new ArrayList<>();
    int index = 0;
    JsonNode version = null;
    boolean sawCases = false;
    // The bytes are parsed as they are (no decoding Reader), checked as strict UTF-8 on the way (Utf8Window).
    // Jackson's byte parser would guess UTF-16 or UTF-32 from zero bytes among the first four and skip a UTF-8
    // byte-order mark; input like that is parsed through the strict decoder instead, which rejects it as before.
    // the caller owns the stream: closing the parser (or the decoding reader) must not close it
    java.io.PushbackInputStream all = new java.io.PushbackInputStream(KeptOpen.of(in), 4);
    byte[] head = all.readNBytes(4);
    all.unread(head);
    boolean plain = direct && isPlain(head);
    Utf8Window window = plain ? new Utf8Window(all) : null;
    java.util.function.UnaryOperator<JsonLocation> locations = plain ? window::inCharacters : at -> at;
    CaseMapper mapper = direct ? new CaseMapper() : null;
    try (JsonParser p = plain ? READER.createParser(window) : READER.createParser(PsoJson.utf8(all))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problems.add(-1, null, "file", null, "expected a JSON object with formatVersion and cases",
            locations.apply(p.currentTokenLocation()));
        problems.throwIfAny();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonLocation at = locations.apply(p.currentTokenLocation());
        JsonToken value = p.nextToken();
        if (field.equals("formatVersion")) {
          version = TREE.readTree(p);
        } else if (field.equals("cases")) {
          sawCases = true;
          if (value != JsonToken.START_ARRAY) {
            problems.add(-1, null, "cases", null, "expected an array of cases, found "
                + JsonProblems.kind(TREE.readTree(p)), at);
            continue;
          }
          // duplicate keys within the cases are detected while each record is read, without hash sets
          p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
          Object array = p.getParsingContext();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            PsoCase c = plain && p.currentToken() == JsonToken.START_OBJECT
                ? readDirect(index++, p, array, window, mapper, strictness, recordProblems)
                : read(index++, p, locations.apply(p.currentTokenLocation()), mapper, strictness, recordProblems);
            if (c != null) {
              cases.add(c);
            }
          }
        } else {
          p.skipChildren();
          problems.add(-1, null, field, null, "unknown property '" + field + "'"
              + Suggestions.nearest(field, List.of("formatVersion", "cases")).map(k -> "; did you mean '" + k
                  + "'?").orElse("") + "; known: formatVersion, cases", at);
        }
      }
      if (p.nextToken() != null) {
        problems.add(-1, null, "file", null, "content after the data set's closing brace; a file holds one data set",
            locations.apply(p.currentTokenLocation()));
      }
    } catch (JacksonException e) {
      problems.addMalformed(e, locations.apply(e.getLocation()));
      throw problems.exception();
    } catch (CharacterCodingException e) {
      problems.addMalformed(e);
      throw problems.exception();
    }
    if (version == null || !version.isInt() || version.intValue() != PsoDataset.FORMAT_VERSION) {
      problems.add(-1, null, "formatVersion", version == null ? null : version.toString(),
          (version == null ? "missing" : version + " is not supported") + "; expected " + PsoDataset.FORMAT_VERSION,
          null);
    }
    if (!sawCases) {
      problems.add(-1, null, "cases", null, "missing; expected an array of cases", null);
    }
    problems.addAll(recordProblems);
    PsoDataset dataset = PsoDataset.build(cases, problems);
    problems.throwIfAny();
    return dataset;
  }

  /** Whether the first bytes leave Jackson nothing to guess: no zero byte (UTF-16/32) and no byte-order mark. */
  private static boolean isPlain(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return !(head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF);
  }

  /**
   * Reads the record object at the parser's current token straight from the parser with the {@link CaseMapper}.
   * A record that mapper leaves to the data binder is read to its end, and its bytes (kept by the window) are
   * parsed again and go the buffered way ({@link #read(int, JsonParser, JsonLocation, CaseMapper,
   * PsoDataset.Strictness, JsonProblems)}), whose problems and positions are those of the whole file.
   */
  private static PsoCase readDirect(int i, JsonParser p, Object array, Utf8Window window, CaseMapper mapper,
      PsoDataset.Strictness strictness, JsonProblems problems) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    window.release(start.getByteOffset());
    try {
      PsoCase c = mapper.read(p, strictness == PsoDataset.Strictness.USER_SUPPLIED);
      if (strictness == PsoDataset.Strictness.PROVENANCE_REQUIRED && c.userSupplied()) {
        problems.add(i, c.id(), "cases[" + i + "].userSupplied", "true", USER_SUPPLIED_NEEDS_STRICTNESS,
            window.inCharacters(start));
        return null;
      }
      return c;
    } catch (CaseMapper.Unusual unusual) {
      try {
        while (p.getParsingContext() != array) {
          if (p.nextToken() == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "Unexpected end-of-input in a case");
          }
        }
      } catch (JacksonException e) {
        // malformed further on; a key repeated before that point (passed over unchecked here) comes first in the
        // file, and is what a sequential read reports
        throw repeatedKeyBefore(window, start, e).orElse(e);
      }
      byte[] record = window.bytes(start.getByteOffset(), p.currentLocation().getByteOffset());
      try (JsonParser again = READER.createParser(record)) {
        again.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        again.nextToken();
        return read(i, again, window.inCharacters(start), null, strictness, problems);
      } catch (JacksonException e) {
        // a repeated key further on in the record: where it is in the file (in bytes, like every location the
        // parser reports; turned into characters where it is reported)
        throw new com.fasterxml.jackson.core.JsonParseException(p, e.getOriginalMessage(),
            inFile(e.getLocation(), start));
      }
    }
  }

  /** A key repeated in the record's bytes before the point where {@code malformed} was found, if any. */
  private static java.util.Optional<JacksonException> repeatedKeyBefore(Utf8Window window, JsonLocation start,
      JacksonException malformed) {
    long end = malformed.getLocation() == null ? -1 : malformed.getLocation().getByteOffset();
    if (end <= start.getByteOffset()) {
      return java.util.Optional.empty();
    }
    try (JsonParser prefix = READER.createParser(window.bytes(start.getByteOffset(), end))) {
      prefix.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      prefix.nextToken();
      copy(prefix, new TokenBuffer(prefix));
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      if (e.getOriginalMessage().startsWith(DUPLICATE)) {
        return java.util.Optional.of(
            new com.fasterxml.jackson.core.JsonParseException(null, e.getOriginalMessage(),
                inFile(e.getLocation(), start)));
      }
    } catch (IOException | RuntimeException e) {
      // the prefix ends inside the record, where the malformed part begins: nothing repeated before it
    }
    return java.util.Optional.empty();
  }

  /** A location in a record's own bytes, as a location in the file (columns still in bytes). */
  private static JsonLocation inFile(JsonLocation inRecord, JsonLocation recordStart) {
    boolean firstLine = inRecord.getLineNr() == 1;
    return new JsonLocation(recordStart.contentReference(), recordStart.getByteOffset() + inRecord.getByteOffset(),
        -1, recordStart.getLineNr() + inRecord.getLineNr() - 1,
        firstLine ? recordStart.getColumnNr() + inRecord.getColumnNr() - 1 : inRecord.getColumnNr());
  }

  private static final String DUPLICATE = "Duplicate field ";
  private static final String USER_SUPPLIED_NEEDS_STRICTNESS = "a user-supplied case needs"
      + " Strictness.USER_SUPPLIED; this reader requires full provenance (Strictness.PROVENANCE_REQUIRED)";

  /**
   * Reads the record at the parser's current token. An object's tokens are buffered (no tree) while its id and
   * {@code userSupplied} marker are noted, and the case is mapped from the buffer (by the {@link CaseMapper} if one
   * is given, else or if it declines by the data binder); only if that fails is the record turned into a tree for
   * {@link #map}, which reports every problem in it.
   */
  private static PsoCase read(int i, JsonParser p, JsonLocation at, CaseMapper mapper,
      PsoDataset.Strictness strictness, JsonProblems problems) throws IOException {
    TokenBuffer buffer = new TokenBuffer(p);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      copy(p, buffer);
      return map(i, TREE.readTree(buffer.asParserOnFirstToken()), at, strictness, problems);
    }
    buffer.writeStartObject();
    String id = null;
    JsonNode marked = null;
    Names names = new Names();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = names.add(p);
      buffer.writeFieldName(field);
      p.nextToken();
      if (field.equals("userSupplied")) {
        TokenBuffer value = new TokenBuffer(p);
        copy(p, value);
        marked = TREE.readTree(value.asParserOnFirstToken());
        buffer.writeTree(marked);
      } else {
        if (field.equals("id") && p.currentToken() == JsonToken.VALUE_STRING) {
          id = p.getText();
        }
        copy(p, buffer);
      }
    }
    if (strictness == PsoDataset.Strictness.USER_SUPPLIED && marked == null) {
      buffer.writeFieldName("userSupplied");
      buffer.writeBoolean(true);
    } else if (strictness == PsoDataset.Strictness.PROVENANCE_REQUIRED && marked != null && marked.asBoolean()) {
      problems.add(i, id, "cases[" + i + "].userSupplied", "true", USER_SUPPLIED_NEEDS_STRICTNESS, at);
      return null;
    }
    buffer.writeEndObject();
    // the record is mapped once, from its buffered tokens: by the plain-form mapper if it may, else (or if it
    // declines) by the data binder; only a failure goes on to the report-and-repair loop
    if (mapper != null) {
      try (JsonParser tokens = buffer.asParserOnFirstToken()) {
        return mapper.read(tokens, false);
      } catch (CaseMapper.Unusual unusual) {
        // the data binder's turn
      }
    }
    try (JsonParser tokens = buffer.asParserOnFirstToken()) {
      return CASE.readValue(tokens);
    } catch (IOException | RuntimeException e) {
      // the marker is already in the buffer, so the tree is checked as it stands
      ObjectNode tree = (ObjectNode) TREE.readTree(buffer.asParserOnFirstToken());
      return repair(i, tree.path("id").isTextual() ? tree.path("id").asText() : null, "cases[" + i + "]", tree, at,
          problems);
    }
  }

  /**
   * The exception the strict parser throws for a key repeated within an object, where it reports it: just after
   * the repeated key's closing quote, counted in the parser's own units (characters for a Reader, bytes for bytes;
   * the reader turns byte columns into characters once, where it reports the problem).
   */
  static com.fasterxml.jackson.core.JsonParseException duplicateKey(JsonParser p, String name) {
    JsonLocation t = p.currentTokenLocation();
    boolean bytes = t.getCharOffset() < 0 && t.getByteOffset() >= 0;
    int past = (bytes ? name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length : name.length()) + 2;
    return new com.fasterxml.jackson.core.JsonParseException(p, DUPLICATE + "'" + name + "'",
        new JsonLocation(t.contentReference(), bytes ? t.getByteOffset() + past : t.getByteOffset(),
            t.getCharOffset() < 0 ? -1 : t.getCharOffset() + past, t.getLineNr(), t.getColumnNr() + past));
  }

  /**
   * Copies the value at the parser's current token into the buffer, rejecting a key repeated within an object as
   * the strict parser would ({@code STRICT_DUPLICATE_DETECTION}, which is switched off inside the cases array: its
   * detector allocates a hash set for every object of three or more keys, half of what a read allocated).
   */
  private static void copy(JsonParser p, TokenBuffer buffer) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        buffer.writeStartObject();
        Names names = new Names();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          buffer.writeFieldName(names.add(p));
          p.nextToken();
          copy(p, buffer);
        }
        buffer.writeEndObject();
        break;
      case START_ARRAY:
        buffer.writeStartArray();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          copy(p, buffer);
        }
        buffer.writeEndArray();
        break;
      default:
        buffer.copyCurrentEvent(p);
        break;
    }
  }

  /** The keys of one object so far: a short array (objects of a case have a dozen keys at most), no hashing. */
  private static final class Names {
    private String[] names = new String[8];
    private int size;

    /** The parser's current key, after checking that the object has not had it yet. */
    String add(JsonParser p) throws IOException {
      String name = p.currentName();
      for (int k = 0; k < size; k++) {
        if (names[k].equals(name)) {
          throw duplicateKey(p, name);
        }
      }
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
      return name;
    }
  }

  private static PsoCase map(int i, JsonNode node, JsonLocation at, PsoDataset.Strictness strictness,
      JsonProblems problems) {
    String prefix = "cases[" + i + "]";
    if (!node.isObject()) {
      problems.add(i, null, prefix, node.toString(), "expected an object (a case), found " + JsonProblems.kind(node),
          at);
      return null;
    }
    String id = node.path("id").isTextual() ? node.path("id").asText() : null;
    // the record's tree is this reader's own (parsed from the stream, used for nothing else), so it is marked and,
    // after a failure, repaired in place: no copy
    ObjectNode work = (ObjectNode) node;
    JsonNode marked = work.get("userSupplied");
    if (strictness == PsoDataset.Strictness.USER_SUPPLIED && marked == null) {
      work.put("userSupplied", true);
    } else if (strictness == PsoDataset.Strictness.PROVENANCE_REQUIRED && marked != null && marked.asBoolean()) {
      problems.add(i, id, prefix + ".userSupplied", "true", "a user-supplied case needs Strictness.USER_SUPPLIED;"
          + " this reader requires full provenance (Strictness.PROVENANCE_REQUIRED)", at);
      return null;
    }
    // the happy path maps the record once; only a failure goes on to the report-and-repair loop
    try {
      return CASE.readValue(work);
    } catch (IOException | RuntimeException e) {
      return repair(i, id, prefix, work, at, problems);
    }
  }

  /**
   * Maps a record that failed once more, reporting each problem and setting aside what can be set aside (an unknown
   * property, a value that is not allowed) to check the rest of the record; null when it had a problem.
   */
  private static PsoCase repair(int i, String id, String prefix, ObjectNode work, JsonLocation at,
      JsonProblems problems) {
    int before = problems.size();
    boolean repairedValue = false;
    for (int attempt = 0; attempt < MAX_REPAIRS; attempt++) {
      try {
        PsoCase c = CASE.readValue(work);
        return problems.size() == before ? c : null;
      } catch (UnrecognizedPropertyException e) {
        problems.add(i, id, JsonProblems.path(prefix, e), e.getPropertyName(), JsonProblems.describe(e, work), at);
        if (!JsonProblems.remove(work, e)) {
          return null;
        }
      } catch (InvalidFormatException e) {
        boolean isEnum = e.getTargetType() != null && e.getTargetType().isEnum();
        String path = JsonProblems.path(prefix, e);
        JsonNode target = JsonProblems.at(work, e).orElse(null);
        int element = target != null && target.isArray() ? indexOf(target, e.getValue()) : -1;
        problems.add(i, id, element >= 0 ? path + "[" + element + "]" : path, String.valueOf(e.getValue()),
            JsonProblems.describe(e, work), at);
        if (!isEnum || !replace(work, e, element)) {
          return null;
        }
        repairedValue = true;
      } catch (JsonMappingException e) {
        JsonNode target = JsonProblems.at(work, e).orElse(null);
        if (target != null && target.isTextual() && e.getCause() instanceof IllegalArgumentException) {
          // a value its factory rejects (a country code, a feature): report it and check the rest without it
          problems.add(i, id, JsonProblems.path(prefix, e), target.asText(), JsonProblems.describe(e, work), at);
          if (!JsonProblems.remove(work, e)) {
            return null;
          }
          repairedValue = true;
          continue;
        }
        if (!repairedValue) {
          problems.add(i, id, JsonProblems.path(prefix, e),
              JsonProblems.at(work, e).filter(n -> n.isValueNode()).map(JsonNode::asText).orElse(null),
              JsonProblems.describe(e, work), at);
        }
        return null;
      } catch (JacksonException e) {
        problems.add(i, id, prefix, null, JsonProblems.clean(e.getOriginalMessage()), at);
        return null;
      } catch (IOException e) {
        // reading a tree in memory does no I/O; kept for the signature
        problems.add(i, id, prefix, null, JsonProblems.clean(e.getMessage()), at);
        return null;
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        if (!repairedValue) {
          problems.add(i, id, prefix, null, JsonProblems.clean(e.getMessage()), at);
        }
        return null;
      }
    }
    return null;
  }

  private static int indexOf(JsonNode array, Object value) {
    for (int k = 0; k < array.size(); k++) {
      if (array.get(k).isTextual() && array.get(k).asText().equals(String.valueOf(value))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Sets aside an enum value that is not allowed, to go on checking the record: an element of an array is dropped
   * (a replacement could repeat an element of a set), a field's value is replaced by the enum's first constant.
   */
  private static boolean replace(JsonNode root, InvalidFormatException e, int element) {
    List<JsonMappingException.Reference> refs = e.getPath();
    if (refs.isEmpty()) {
      return false;
    }
    JsonNode parent = root;
    for (JsonMappingException.Reference r : refs.subList(0, refs.size() - 1)) {
      parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
      if (parent == null) {
        return false;
      }
    }
    String first = ((Enum<?>) e.getTargetType().getEnumConstants()[0]).name();
    JsonMappingException.Reference last = refs.get(refs.size() - 1);
    JsonNode target = last.getFieldName() != null ? parent.get(last.getFieldName()) : null;
    if (target instanceof com.fasterxml.jackson.databind.node.ArrayNode && element >= 0) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) target).remove(element);
      return true;
    }
    if (last.getFieldName() != null && parent instanceof ObjectNode) {
      ((ObjectNode) parent).set(last.getFieldName(), TextNode.valueOf(first));
      return true;
    }
    if (last.getIndex() >= 0 && parent instanceof com.fasterxml.jackson.databind.node.ArrayNode) {
      // drop rather than replace: a replacement could repeat an element of a set
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).remove(last.getIndex());
      return true;
    }
    return false;
  }
}
