package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.net.URI;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * One fact about a case, as the first coder wrote it down from a page: a numbered close paraphrase in our words
 * (short quotations only where wording matters), the page's URL, and where the line came from
 * ({@code "search:<template id>"} for an excerpt a {@link QueryTemplate} returned, {@code "research:<field>"} for
 * a line of the project's research notes). Lines state facts and never name features or decisions, so a second
 * coder can decide the features again from the lines alone.
 *
 * <p>{@code n} is positive; text and origin ({@link #origin()}) are non-blank single lines; the origin starts with {@code search:} or
 * {@code research:}; the source is an absolute http or https URL. Violations throw
 * {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"n": 3, "text": "…", "source": "https://…", "from": "search:local"}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableEvidenceLine.class)
@JsonDeserialize(as = ImmutableEvidenceLine.class)
public abstract class EvidenceLine implements Serializable {
  private static final long serialVersionUID = 1L;

  EvidenceLine() {}

  /** {@return the line's number within its case, from 1} */
  public abstract int n();

  /** {@return the fact, in our words} */
  public abstract String text();

  /** {@return the page the fact was read on} */
  public abstract URI source();

  /**
   * {@return where the line came from: {@code search:<template id>} or {@code research:<field>}} (JSON
   * {@code "from"}; the accessor is not called {@code from} because Immutables' builders use that name to copy a
   * value.)
   */
  @com.fasterxml.jackson.annotation.JsonProperty("from")
  public abstract String origin();

  @Value.Check
  void check() {
    Checks.positive("evidenceLine.n", n());
    Checks.oneLine("evidenceLine.text", text());
    Checks.httpUri("evidenceLine.source", source());
    Checks.oneLine("evidenceLine.from", origin());
    if (!origin().startsWith("search:") && !origin().startsWith("research:")) {
      throw new IllegalArgumentException("evidenceLine.from: '" + origin()
          + "' must start with 'search:' or 'research:'");
    }
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableEvidenceLine.Builder builder() {
    return ImmutableEvidenceLine.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(EvidenceLine.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(EvidenceLine.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(EvidenceLine v) {
      super(v.n(), v.text(), v.source(), v.origin());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().n(f.intValue("n")).text(f.string("text")).source(f.get("source", java.net.URI.class))
          .origin(f.string("origin")).build();
    }
  }
}
