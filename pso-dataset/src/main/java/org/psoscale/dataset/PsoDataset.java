package org.psoscale.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.psoscale.model.CountryCode;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.PsoJson;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Sector;

/**
 * An immutable, validated collection of {@link PsoCase cases}: the bundled cases of Gossart &amp; Ozman (2020)
 * via {@link #bundled()}, or a user's own data set in the same JSON shape via {@link #read(InputStream)}.
 *
 * <p>A data set holds its cases in order. Ids are unique, and no two cases share a name: the lookup keys of all
 * their {@link PsoCase#allNames() names} (case, accents, spaces and punctuation ignored) are distinct across
 * cases, so that {@link #find(String)} is unambiguous. Each case is itself validated (known enum values, founding
 * years from 1800 to the current year, raw cells agreeing with normalised values, a source for every value).
 *
 * <p>JSON (the file the bundled data ships as, and what {@link #write(OutputStream)} writes):
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "cases": [ {"id": "olio", "pso": {...}, "appendix": {...}, ...}, ... ]
 * }
 * }</pre>
 * Each element of {@code cases} is a {@link PsoCase} in its documented shape. A profile feature (the
 * {@code "feature"} of each element of a case's {@code codedFeatures}) is written in the text form of
 * {@link org.psoscale.model.ProfileFeature}, {@code kind:CONSTANT}, e.g.
 * {@code "feature": "indicator:STRONG_LOCAL_NETWORKS"}. Instances are thread-safe and {@link Serializable}: the
 * serialized form holds the cases alone and is read back through {@link #of(Iterable)}, which checks ids and names
 * and rebuilds the lookup indexes (see {@link org.psoscale.model.PsoSerialization} for reading untrusted bytes).
 */
public final class PsoDataset implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /**
   * The longest query {@link #find(String)} normalises: 1,000 characters, five times the longest name
   * ({@value org.psoscale.model.TextLimits#MAX_NAME_LENGTH}), which leaves room for spacing and punctuation.
   * Longer queries find nothing.
   */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** The class-path resource holding the bundled cases. */
  public static final String RESOURCE = "/org/psoscale/dataset/cases.json";

  private final ImmutableList<PsoCase> cases;
  private final ImmutableMap<String, PsoCase> byKey;
  private final ImmutableMap<String, PsoCase> byId;

  private PsoDataset(ImmutableList<PsoCase> cases, ImmutableMap<String, PsoCase> byKey,
      ImmutableMap<String, PsoCase> byId) {
    this.cases = cases;
    this.byKey = byKey;
    this.byId = byId;
  }

  /**
   * The bundled data set: every organisation the seed paper names. Loaded from {@link #RESOURCE} once, on first
   * use, and cached; thread-safe.
   *
   * @return the bundled data set; not null
   * @throws IllegalStateException if the bundled resource is missing or invalid (a packaging bug)
   */
  public static PsoDataset bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final PsoDataset BUNDLED = load();

    private static PsoDataset load() {
      try (InputStream in = PsoDataset.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new IllegalStateException("bundled data set " + RESOURCE + " is invalid: " + e.getMessage(),
            new UncheckedIOException(e));
      }
    }
  }

  /**
   * A data set of these cases, in this order.
   *
   * @param cases the cases; not null, no null elements
   * @return the data set
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if two cases share an id or a name (by lookup key); the message names both
   */
  public static PsoDataset of(Iterable<PsoCase> cases) {
    try {
      return build(ImmutableList.copyOf(cases));
    } catch (DatasetFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static PsoDataset build(ImmutableList<PsoCase> cases) throws DatasetFormatException {
    Map<String, PsoCase> ids = new HashMap<>();
    Map<String, PsoCase> keys = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      PsoCase c = cases.get(i);
      PsoCase other = ids.putIfAbsent(c.id(), c);
      if (other != null) {
        throw new DatasetFormatException(i, c.id(), "id: duplicate of an earlier case", null);
      }
      for (String name : c.allNames()) {
        String key = Names.key(name);
        if (key.isEmpty()) {
          throw new DatasetFormatException(i, c.id(), "name '" + name + "' has no letters or digits", null);
        }
        other = keys.putIfAbsent(key, c);
        if (other != null && other != c) {
          throw new DatasetFormatException(i, c.id(),
              "name '" + name + "' clashes with a name of case '" + other.id() + "' (same lookup key '" + key + "')",
              null);
        }
      }
    }
    return new PsoDataset(cases, ImmutableMap.copyOf(keys), ImmutableMap.copyOf(ids));
  }

  /**
   * Reads a data set in the JSON shape documented on this class.
   *
   * @param in the JSON; not null; not closed
   * @return the data set
   * @throws NullPointerException if {@code in} is null
   * @throws DatasetFormatException if the JSON is malformed, has an unknown format version or property, or a
   *     record is invalid; the message names the record by position and id and gives the reason
   * @throws IOException if reading fails
   */
  public static PsoDataset read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ObjectMapper mapper = PsoJson.mapper();
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (JacksonException e) {
      throw new DatasetFormatException(-1, null, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new DatasetFormatException(-1, null, "expected a JSON object with formatVersion and cases", null);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!field.equals("formatVersion") && !field.equals("cases")) {
        throw new DatasetFormatException(-1, null, "unknown property '" + field + "'; known: formatVersion, cases",
            null);
      }
    }
    JsonNode version = root.get("formatVersion");
    if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
      throw new DatasetFormatException(-1, null,
          "formatVersion: " + version + " is not supported; expected " + FORMAT_VERSION, null);
    }
    JsonNode array = root.get("cases");
    if (array == null || !array.isArray()) {
      throw new DatasetFormatException(-1, null, "cases: expected an array", null);
    }
    ImmutableList.Builder<PsoCase> cases = ImmutableList.builder();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String id = node.path("id").isTextual() ? node.path("id").asText() : null;
      try {
        cases.add(mapper.treeToValue(node, PsoCase.class));
      } catch (JacksonException e) {
        throw new DatasetFormatException(i, id, reason(e), e);
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
        throw new DatasetFormatException(i, id, String.valueOf(e.getMessage()), e);
      }
    }
    return build(cases.build());
  }

  /** The most specific message: an invariant's own message if the mapper wrapped one. */
  private static String reason(JacksonException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException || t instanceof NullPointerException
          || t instanceof IllegalStateException) {
        return String.valueOf(t.getMessage());
      }
    }
    return e.getOriginalMessage();
  }

  /**
   * Writes the data set as JSON in the shape documented on this class; {@link #read(InputStream)} reads it back
   * equal. The stream is flushed, not closed.
   *
   * @param out where to write; not null
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    ObjectMapper mapper = PsoJson.mapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.set("cases", mapper.valueToTree(cases));
    mapper.writeValue(out, root);
    out.flush();
  }

  /**
   * Writes one tidy CSV row per case, with a header row; see {@link CsvExport} for the columns. The stream is
   * flushed, not closed.
   *
   * @param out where to write; not null
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if writing fails
   */
  public void writeCsv(OutputStream out) throws IOException {
    CsvExport.write(this, out);
  }

  /** The cases, in data-set order. */
  public ImmutableList<PsoCase> cases() {
    return cases;
  }

  /** The number of cases. */
  public int size() {
    return cases.size();
  }

  /**
   * The case known by this name: its normalised name, an alias, or a spelling printed in one of the paper's
   * tables. Case, accents, spaces and punctuation are ignored, so {@code "fragdenstaat"}, {@code "FRAGDENSTAA T"}
   * and {@code "Frag den Staat"} all find FragDenStaat.
   *
   * <p>The work is bounded: a query longer than {@value #MAX_QUERY_LENGTH} characters finds nothing and is not
   * normalised at all. No name can need a longer query (names have at most
   * {@value org.psoscale.model.TextLimits#MAX_NAME_LENGTH} characters), and normalising removes accents by Unicode
   * compatibility decomposition (NFKD), which can turn one character into eighteen (U+FDFA): without the bound a
   * 10 MB query took seconds. With it, a query costs at most a few tens of thousands of characters of work.
   *
   * @param nameOrAlias the name; not null
   * @return the case, or empty if none is known by that name (always empty for a query longer than
   *     {@value #MAX_QUERY_LENGTH} characters)
   * @throws NullPointerException if {@code nameOrAlias} is null
   */
  public Optional<PsoCase> find(String nameOrAlias) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    if (nameOrAlias.length() > MAX_QUERY_LENGTH) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(Names.key(nameOrAlias)));
  }

  /**
   * The case with this id, exactly.
   *
   * @param id the slug; not null
   * @return the case, or empty if there is none
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<PsoCase> byId(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The cases with a reference strategy, as labelled examples for training or evaluating a classifier, in
   * data-set order. A case whose evidence allowed no coding is included with an empty profile; filter with
   * {@link org.psoscale.model.PsoProfile#hasNoEvidence()} if need be.
   *
   * @return the labelled profiles; for the bundled data, the paper's 27 strategy-table examples
   */
  public ImmutableList<LabelledProfile> labelled() {
    return cases.stream().flatMap(c -> c.labelled().stream()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The cases whose {@code Pso} has this sector, from any source.
   *
   * @param sector the sector; not null
   * @return the cases, in data-set order
   * @throws NullPointerException if {@code sector} is null
   */
  public ImmutableList<PsoCase> bySector(Sector sector) {
    Objects.requireNonNull(sector, "sector");
    return select(c -> c.pso().sectors().contains(sector));
  }

  /**
   * The cases whose reference strategy is this one.
   *
   * @param strategy the strategy; not null
   * @return the cases, in data-set order
   * @throws NullPointerException if {@code strategy} is null
   */
  public ImmutableList<PsoCase> byStrategy(ScalingStrategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    return select(c -> c.referenceStrategy().equals(Optional.of(strategy)));
  }

  /**
   * The cases whose {@code Pso} has this country.
   *
   * @param country the country; not null
   * @return the cases, in data-set order
   * @throws NullPointerException if {@code country} is null
   */
  public ImmutableList<PsoCase> byCountry(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return select(c -> c.pso().country().equals(Optional.of(country)));
  }

  private ImmutableList<PsoCase> select(Predicate<PsoCase> p) {
    return cases.stream().filter(p).collect(ImmutableList.toImmutableList());
  }

  /** Two data sets are equal when they hold equal cases in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PsoDataset && ((PsoDataset) o).cases.equals(cases);
  }

  /** A hash of the cases. */
  @Override
  public int hashCode() {
    return cases.hashCode();
  }

  /** A short description: the number of cases. */
  @Override
  public String toString() {
    return "PsoDataset[" + cases.size() + " cases]";
  }

  private Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(PsoDataset.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(PsoDataset.class);
  }

  /**
   * The serialized form: the cases alone, rebuilt through {@link #of(Iterable)}, which rejects repeated ids and
   * names and builds the lookup indexes afresh; see {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(PsoDataset v) {
      super((Object) list(v.cases));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.list("cases", PsoCase.class));
    }
  }
}
