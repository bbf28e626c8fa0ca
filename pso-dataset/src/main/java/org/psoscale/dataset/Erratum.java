package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * A place where a public source contradicts the seed paper. The case keeps the paper's value (so that the data
 * set reproduces the paper); the erratum records the other value and where it was found, so users can choose.
 *
 * <p>{@link #field()} names the {@link org.psoscale.model.Pso} attribute concerned ({@code "foundingYear"},
 * {@code "legalStatus"}, {@code "country"}); values are written as text. The source must be a public page, not
 * the paper; every text is a non-blank single line. Violations throw {@link IllegalArgumentException} naming the
 * field.
 *
 * <p>JSON: {@code {"field": "foundingYear", "paperValue": "2013", "otherValue": "2011", "source": {"url":
 * "https://…"}, "note": "…"}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableErratum.class)
@JsonDeserialize(as = ImmutableErratum.class)
public abstract class Erratum implements Serializable {
  private static final long serialVersionUID = 1L;

  Erratum() {}

  /** {@return the attribute concerned, e.g. {@code "foundingYear"}} */
  public abstract String field();

  /** {@return the paper's value, as printed} */
  public abstract String paperValue();

  /** {@return the value the source gives} */
  public abstract String otherValue();

  /** {@return the public page giving the other value; never the paper} */
  public abstract Source source();

  /** {@return a one-line explanation in our words; optional} */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.oneLine("erratum.field", field());
    Checks.oneLine("erratum.paperValue", paperValue());
    Checks.oneLine("erratum.otherValue", otherValue());
    note().ifPresent(n -> Checks.oneLine("erratum.note", n));
    if (source().isPaper()) {
      throw new IllegalArgumentException("erratum.source: must be a public page (url), not the paper");
    }
    if (paperValue().equals(otherValue())) {
      throw new IllegalArgumentException("erratum.otherValue: equals the paper's value '" + paperValue() + "'");
    }
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableErratum.Builder builder() {
    return ImmutableErratum.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Erratum.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Erratum.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Erratum v) {
      super(v.field(), v.paperValue(), v.otherValue(), v.source(), opt(v.note()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().field(f.string("field")).paperValue(f.string("paperValue")).otherValue(f.string("otherValue"))
          .source(f.get("source", Source.class)).note(f.optional("note", String.class)).build();
    }
  }
}
