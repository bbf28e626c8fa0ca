package org.psoscale.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.psoscale.model.CountryCode;

/**
 * Package-private: turns what Jackson and our invariants report into {@link DatasetProblem}s that name the field
 * path, the value and the allowed values or nearest matches, without generated class names; collects them up to
 * {@link DatasetFormatException#MAX_PROBLEMS}.
 */
final class JsonProblems {
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[(.*)]");
  private static final Pattern GENERATED = Pattern.compile("Immutable(\\w+?)(\\$Json|\\$Builder)?\\b");
  private static final Pattern PACKAGE = Pattern.compile("\\b(?:org\\.psoscale|java\\.lang|java\\.util)\\.(?:\\w+\\.)*");
  private static final int MAX_VALUE_TEXT = 80;

  private final String what;
  private final List<DatasetProblem> problems = new ArrayList<>();
  private int more;

  JsonProblems(String what) {
    this.what = what;
  }

  int size() {
    return problems.size() + more;
  }

  boolean isEmpty() {
    return size() == 0;
  }

  void add(DatasetProblem p) {
    if (problems.size() < DatasetFormatException.MAX_PROBLEMS) {
      problems.add(p);
    } else {
      more++;
    }
  }

  /** Adds another collection's problems after these, counting those beyond the limit. */
  void addAll(JsonProblems other) {
    other.problems.forEach(this::add);
    more += other.more;
  }

  void add(int position, String id, String path, String value, String message, JsonLocation at) {
    add(DatasetProblem.of(position, id, path, clip(value), message, line(at), column(at)));
  }

  /** Throws the exception listing the problems, if there are any. */
  void throwIfAny() throws DatasetFormatException {
    if (!isEmpty()) {
      throw new DatasetFormatException(what, problems, more);
    }
  }

  DatasetFormatException exception() {
    return new DatasetFormatException(what, problems, more);
  }

  /** A problem with the file as a whole: malformed JSON (with line and column) or bytes that are not UTF-8. */
  void addMalformed(Exception e) {
    addMalformed(e, "JSON");
  }

  /** Malformed JSON, reported at the given location (the exception's own, with its column in characters). */
  void addMalformed(JacksonException e, JsonLocation at) {
    add(-1, null, "file", null, "malformed JSON: " + clean(e.getOriginalMessage()), at);
  }

  /** Like {@link #addMalformed(Exception)} for another format, e.g. {@code "CSV"}. */
  void addMalformed(Exception e, String format) {
    if (e instanceof CharacterCodingException) {
      add(-1, null, "file", null, "not UTF-8 text (a byte sequence is not valid UTF-8; save the file as UTF-8)",
          null);
    } else if (e instanceof JacksonException) {
      JacksonException j = (JacksonException) e;
      add(-1, null, "file", null, "malformed " + format + ": " + clean(j.getOriginalMessage()), j.getLocation());
    } else {
      add(-1, null, "file", null, "unreadable: " + clean(String.valueOf(e.getMessage())), null);
    }
  }

  /**
   * Reads a whole document of one type with the strict mapper, UTF-8 decoded; any failure becomes one
   * {@link DatasetFormatException} naming the field path, value, line and column in our words.
   */
  static <T> T readWhole(java.io.InputStream in, Class<T> type, String what) throws java.io.IOException {
    JsonNode root;
    JsonProblems problems = new JsonProblems(what);
    try (java.io.Reader r = org.psoscale.model.PsoJson.utf8(KeptOpen.of(in))) {
      root = DatasetJsonReader.READER.readTree(r);
    } catch (JacksonException | CharacterCodingException e) {
      problems.addMalformed(e);
      throw problems.exception();
    }
    if (root == null || !root.isObject()) {
      problems.add(-1, null, "file", null, "expected a JSON object, found " + kind(root), null);
      throw problems.exception();
    }
    try {
      return java.util.Objects.requireNonNull(org.psoscale.model.PsoJson.reader(type).<T>readValue(root), "document");
    } catch (JsonMappingException e) {
      problems.add(-1, null, path("", e).isEmpty() ? "file" : path("", e),
          at(root, e).filter(JsonNode::isValueNode).map(JsonNode::asText).orElse(null), describe(e, root), null);
    } catch (JacksonException e) {
      problems.add(-1, null, "file", null, clean(e.getOriginalMessage()), null);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(-1, null, "file", null, clean(e.getMessage()), null);
    }
    throw problems.exception();
  }

  static int line(JsonLocation at) {
    return at == null ? -1 : at.getLineNr();
  }

  static int column(JsonLocation at) {
    return at == null ? -1 : at.getColumnNr();
  }

  static String clip(String value) {
    if (value == null || value.length() <= MAX_VALUE_TEXT) {
      return value;
    }
    return value.substring(0, MAX_VALUE_TEXT) + "… (" + value.length() + " characters)";
  }

  /** Removes generated class names and package prefixes from a message. */
  static String clean(String message) {
    if (message == null) {
      return "no reason given";
    }
    String m = GENERATED.matcher(message).replaceAll("$1");
    m = PACKAGE.matcher(m).replaceAll("");
    m = m.replace(" (but could if coercion was enabled using `CoercionConfig`)", "");
    int nl = m.indexOf('\n');
    return (nl >= 0 ? m.substring(0, nl) : m).strip();
  }

  /** The field path of a mapping exception below a prefix, e.g. {@code cases[3].pso.sectors[0]}. */
  static String path(String prefix, JsonMappingException e) {
    StringBuilder s = new StringBuilder(prefix);
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  /** The node a mapping exception's path points at within {@code root}, if any. */
  static Optional<JsonNode> at(JsonNode root, JsonMappingException e) {
    JsonNode n = root;
    for (JsonMappingException.Reference r : e.getPath()) {
      if (n == null) {
        return Optional.empty();
      }
      n = r.getFieldName() != null ? n.get(r.getFieldName()) : r.getIndex() >= 0 ? n.get(r.getIndex()) : n;
    }
    return Optional.ofNullable(n);
  }

  /** Removes what a mapping exception's path points at from {@code root}; whether it could. */
  static boolean remove(JsonNode root, JsonMappingException e) {
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
    JsonMappingException.Reference last = refs.get(refs.size() - 1);
    if (last.getFieldName() != null && parent instanceof ObjectNode) {
      return ((ObjectNode) parent).remove(last.getFieldName()) != null;
    }
    if (last.getIndex() >= 0 && parent instanceof ArrayNode && last.getIndex() < parent.size()) {
      ((ArrayNode) parent).remove(last.getIndex());
      return true;
    }
    return false;
  }

  /** A readable name for a JSON node's kind: "null", "a number", "text", "an array", "an object", "true/false". */
  static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isNumber()) {
      return "the number " + n;
    }
    if (n.isTextual()) {
      return "the text " + n;
    }
    if (n.isBoolean()) {
      return n.toString();
    }
    return n.isArray() ? "an array" : "an object";
  }

  /**
   * The problem a mapping exception describes, in our words: unknown property (with the nearest known one), value
   * not allowed (with the allowed values and the nearest), wrong type (what was expected and what was found),
   * missing required property, or an invariant's own message.
   */
  static String describe(JsonMappingException e, JsonNode root) {
    Optional<JsonNode> node = at(root, e);
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      Collection<String> known = new TreeSet<>();
      u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      return "unknown property '" + u.getPropertyName() + "'"
          + Suggestions.nearest(u.getPropertyName(), known).map(k -> "; did you mean '" + k + "'?").orElse("")
          + "; known: " + String.join(", ", known);
    }
    if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getTargetType() != null
        && ((InvalidFormatException) e).getTargetType().isEnum()) {
      InvalidFormatException f = (InvalidFormatException) e;
      String value = String.valueOf(f.getValue());
      List<String> allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.toList());
      String own = clean(f.getOriginalMessage());
      if (own.contains("white space")) {
        return own;
      }
      return "'" + value + "' is not allowed"
          + Suggestions.nearest(value, allowed).map(k -> "; did you mean " + k + "?").orElse("")
          + "; allowed: " + String.join(", ", allowed);
    }
    Throwable cause = invariant(e);
    if (cause != null) {
      String m = String.valueOf(cause.getMessage());
      Matcher missing = MISSING.matcher(m);
      if (missing.find()) {
        return "missing required property " + Arrays.stream(missing.group(1).split(",\\s*"))
            .map(n -> "'" + n + "'").collect(Collectors.joining(", "));
      }
      if (m.startsWith("country: '") && m.contains("is not an ISO 3166-1")) {
        String value = node.filter(JsonNode::isTextual).map(JsonNode::asText).orElse("?");
        return "'" + value + "' is not an ISO 3166-1 alpha-2 country code (or EU)" + countrySuggestion(value);
      }
      if (m.startsWith("feature: unknown value '")) {
        String value = node.filter(JsonNode::isTextual).map(JsonNode::asText).orElse("?");
        List<String> forms = org.psoscale.model.ProfileFeature.all().stream().map(Object::toString)
            .collect(Collectors.toList());
        return "'" + value + "' is not a profile feature"
            + Suggestions.nearest(value, forms).map(k -> "; did you mean " + k + "?").orElse("")
            + "; write kind:CONSTANT, e.g. indicator:REAL_WORLD_FOCI, trait:RESOURCE_CONSTRAINTS,"
            + " activity:ORGANISING_EVENTS (CODEBOOK.md lists all 32)";
      }
      return clean(m);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException mi = (MismatchedInputException) e;
      String own = clean(mi.getOriginalMessage());
      if (own.startsWith("repeats ")) {
        return own;
      }
      String found = node.map(JsonProblems::kind).orElse("something else");
      return "expected " + expected(mi.getTargetType()) + ", found " + found;
    }
    return clean(e.getOriginalMessage());
  }

  private static String countrySuggestion(String value) {
    try {
      return "; did you mean " + CountryCode.parse(value).code() + "?";
    } catch (IllegalArgumentException notAName) {
      return "; use the two-letter code, e.g. FR, GB, DE";
    }
  }

  private static Throwable invariant(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
          || t instanceof NullPointerException) {
        return t;
      }
    }
    return null;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == java.util.OptionalInt.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class || type == java.net.URI.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    return "an object";
  }
}
