package org.psoscale.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
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

  private static final ObjectWriter WRITER = PsoJson.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final ObjectWriter CASE_WRITER =
      WRITER.forType(PsoCase.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final ImmutableList<PsoCase> cases;
  /**
   * The lookup indexes: hash maps filled once by {@link #build} and never changed after (safely published through
   * final fields; read-only views), so a read does not copy them into immutable maps a second time.
   */
  private final Map<String, PsoCase> byKey;
  private final Map<String, PsoCase> byId;

  private PsoDataset(ImmutableList<PsoCase> cases, Map<String, PsoCase> byKey, Map<String, PsoCase> byId) {
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
    JsonProblems problems = new JsonProblems("data set");
    PsoDataset d = build(ImmutableList.copyOf(cases), problems);
    if (!problems.isEmpty()) {
      DatasetFormatException e = problems.exception();
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return d;
  }

  /** Builds the data set, adding a problem for each repeated id or clashing name; null if there was any. */
  static PsoDataset build(List<PsoCase> list, JsonProblems problems) throws IllegalArgumentException {
    ImmutableList<PsoCase> cases = ImmutableList.copyOf(list);
    Map<String, PsoCase> ids = new HashMap<>(cases.size() * 2);
    Map<String, PsoCase> keys = new HashMap<>(cases.size() * 4);
    List<String> names = new java.util.ArrayList<>();
    int before = problems.size();
    for (int i = 0; i < cases.size(); i++) {
      PsoCase c = cases.get(i);
      PsoCase other = ids.putIfAbsent(c.id(), c);
      if (other != null) {
        problems.add(i, c.id(), "cases[" + i + "].id", c.id(), "duplicate of an earlier case's id", null);
        continue;
      }
      // the names of PsoCase.allNames(), in its order and without its repeats, without building that set
      names.clear();
      names.add(c.pso().name());
      names.addAll(c.pso().aliases());
      c.appendix().ifPresent(a -> names.add(a.rawName()));
      c.sectorTable().ifPresent(a -> names.add(a.rawName()));
      c.strategyTable().ifPresent(a -> names.add(a.rawName()));
      for (int n = 0; n < names.size(); n++) {
        if (!names.subList(0, n).contains(names.get(n))) {
          index(i, c, names.get(n), keys, problems);
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new PsoDataset(cases, java.util.Collections.unmodifiableMap(keys),
        java.util.Collections.unmodifiableMap(ids));
  }

  private static void index(int i, PsoCase c, String name, Map<String, PsoCase> keys, JsonProblems problems) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      problems.add(i, c.id(), "cases[" + i + "].pso.name", name, "name '" + name + "' has no letters or digits",
          null);
      return;
    }
    PsoCase other = keys.putIfAbsent(key, c);
    if (other != null && other != c) {
      problems.add(i, c.id(), "cases[" + i + "].pso.name", name, "name '" + name
          + "' clashes with a name of case '" + other.id() + "' (same lookup key '" + key + "')", null);
    }
  }


  /**
   * How much provenance a reader demands of each record.
   */
  public enum Strictness {
    /**
     * Full provenance, as the bundled data has it: a source for every founding year, legal status and country, a
     * sourced assignment for every sector, and a coded decision with evidence for every present or absent profile
     * feature. A record marked {@code "userSupplied": true} is rejected.
     */
    PROVENANCE_REQUIRED,
    /**
     * A user's own data: provenance, sector assignments and coded evidence may be left out; each case is marked
     * {@link PsoCase#userSupplied()} unless its record says {@code "userSupplied": false}. What a record does give
     * is checked as strictly as ever. Nothing is filled in on the user's behalf.
     */
    USER_SUPPLIED
  }

  /**
   * Reads a data set in the JSON shape documented on this class, with full provenance required
   * ({@link Strictness#PROVENANCE_REQUIRED}); see {@link #read(InputStream, Strictness)}.
   *
   * @param in the JSON, UTF-8; not null; not closed
   * @return the data set
   * @throws NullPointerException if {@code in} is null
   * @throws DatasetFormatException if the file cannot be read as a data set; it lists every problem found
   * @throws IOException if reading fails
   */
  public static PsoDataset read(InputStream in) throws IOException {
    return read(in, Strictness.PROVENANCE_REQUIRED);
  }

  /**
   * Reads a data set in the JSON shape documented on this class. The bytes are decoded as UTF-8 (never guessed) and
   * parsed by the strict policy of {@link PsoJson}. Every problem of the file is collected, up to
   * {@value DatasetFormatException#MAX_PROBLEMS}, and reported in one {@link DatasetFormatException}: malformed JSON
   * with its line and column; per record, its position, id, line and column, the field path (e.g.
   * {@code cases[3].pso.sectors[0]}), the value and the allowed values or the nearest match ("did you mean
   * foundingYear?"). A minimal user record is {@code {"id": "my-platform", "pso": {"name": "My platform",
   * "sectors": ["SHARING"]}}}.
   *
   * @param in the JSON, UTF-8; not null; not closed
   * @param strictness how much provenance each record must carry; not null
   * @return the data set
   * @throws NullPointerException if an argument is null
   * @throws DatasetFormatException if the file cannot be read as a data set; it lists every problem found
   * @throws IOException if reading fails
   */
  public static PsoDataset read(InputStream in, Strictness strictness) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(strictness, "strictness");
    return DatasetJsonReader.read(in, strictness);
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
    // streamed: one case at a time through the shared writer, never the whole document in memory
    try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeFieldName("cases");
      g.writeStartArray();
      for (PsoCase c : cases) {
        CASE_WRITER.writeValue(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
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

  /** {@return the cases, in data-set order} */
  public ImmutableList<PsoCase> cases() {
    return cases;
  }

  /** {@return the number of cases} */
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

  /**
   * A short summary for notebooks: the number of cases, how many carry a reference strategy, and one
   * {@link PsoCase#summary()} line per case (the first 20, then how many more).
   *
   * @return the summary, several lines; not null
   */
  public String summary() {
    StringBuilder s = new StringBuilder(toString()).append('\n');
    int shown = Math.min(20, cases.size());
    for (int i = 0; i < shown; i++) {
      s.append("  ").append(cases.get(i).summary()).append('\n');
    }
    if (cases.size() > shown) {
      s.append("  … and ").append(cases.size() - shown).append(" more\n");
    }
    return s.toString();
  }

  /** A short description: the number of cases and of labelled ones, e.g. {@code PsoDataset[55 cases, 27 labelled]}. */
  @Override
  public String toString() {
    return "PsoDataset[" + cases.size() + " cases, " + cases.stream().filter(c -> c.referenceStrategy().isPresent())
        .count() + " labelled]";
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
