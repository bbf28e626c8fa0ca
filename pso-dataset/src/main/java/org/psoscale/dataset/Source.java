package org.psoscale.dataset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * Where a value came from: either one of the seed paper's tables, or a public web page (with an optional short
 * note in our words, e.g. "secondary: Wikipedia copy").
 *
 * <p>Exactly one of {@link #seedTable()} and {@link #url()} is present; the URL is absolute http or https; the
 * note, if present, is a single non-blank line. Violations throw {@link IllegalArgumentException} naming the
 * field.
 *
 * <p>JSON: {@code {"seedTable": "APPENDIX"}} or {@code {"url": "https://…", "note": "…"}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source implements Serializable {
  private static final long serialVersionUID = 1L;

  Source() {}

  /** {@return the seed table the value was read from, if it comes from the paper} */
  public abstract Optional<SeedTable> seedTable();

  /**
   * The public page the value was read from, exactly as cited (the JSON property {@code url}), if it does not come
   * from the paper; checked at construction to be an absolute http or https URL that {@link URI} parses with a host.
   *
   * <p>Why text and not a {@link URI}: parsing URLs was the largest single cost of reading a data set, and most uses
   * never look at them; {@link #url()} parses on first use. Two sources are equal when their URL texts are equal.
   *
   * @return the URL text, if any
   */
  @com.fasterxml.jackson.annotation.JsonProperty("url")
  public abstract Optional<String> urlText();

  /**
   * {@return the public page the value was read from, if it does not come from the paper; parsed on first use (never
   * fails: the text was checked at construction) and then kept}
   */
  @Value.Lazy
  @JsonIgnore
  public Optional<URI> url() {
    return urlText().map(URI::create);
  }

  /** {@return a one-line note on the source, e.g. that it is a secondary copy; optional} */
  public abstract Optional<String> note();

  /** {@return whether the value comes from the seed paper} */
  @JsonIgnore
  public boolean isPaper() {
    return seedTable().isPresent();
  }

  /** A short text for tables and CSV: the seed table's constant name, or the URL. */
  @Override
  public String toString() {
    return seedTable().map(Enum::name).orElseGet(() -> urlText().orElse(""));
  }

  @Value.Check
  void check() {
    if (seedTable().isPresent() == urlText().isPresent()) {
      throw new IllegalArgumentException("source: give exactly one of seedTable and url");
    }
    urlText().ifPresent(u -> Checks.httpUrl("source.url", u));
    note().ifPresent(n -> Checks.oneLine("source.note", n));
  }

  /**
   * A value read from a table of the seed paper.
   *
   * @param table the table; not null
   * @return the source
   * @throws NullPointerException if {@code table} is null
   */
  public static Source paper(SeedTable table) {
    return PAPER.get(Objects.requireNonNull(table, "table"));
  }

  /** One immutable source per seed table, built once (the readers' checks ask for them for every case). */
  private static final java.util.Map<SeedTable, Source> PAPER = java.util.Collections.unmodifiableMap(
      java.util.Arrays.stream(SeedTable.values()).collect(java.util.stream.Collectors.toMap(t -> t,
          t -> ImmutableSource.builder().seedTable(t).build(), (a, b) -> a,
          () -> new java.util.EnumMap<>(SeedTable.class))));

  /**
   * A value read from a public web page.
   *
   * @param url an absolute http or https URL; not null
   * @return the source
   * @throws NullPointerException if {@code url} is null
   * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL
   */
  public static Source web(String url) {
    return ImmutableSource.builder().urlText(Checks.httpUrl("source.url", url)).build();
  }

  /**
   * A value read from a public web page, with a note.
   *
   * @param url an absolute http or https URL; not null
   * @param note a one-line note; not null or blank
   * @return the source
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the URL is not absolute http or https, or the note is blank or has a
   *     line break
   */
  public static Source web(String url, String note) {
    return ImmutableSource.builder().urlText(Checks.httpUrl("source.url", url)).note(note).build();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Source.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Source.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Source v) {
      super(opt(v.seedTable()), opt(v.urlText()), opt(v.note()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ImmutableSource.builder().seedTable(f.optional("seedTable", SeedTable.class))
          .urlText(f.optional("url", String.class)).note(f.optional("note", String.class)).build();
    }
  }
}
