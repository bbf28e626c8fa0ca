package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;

/**
 * The codebook's rule for one profile feature: what evidence makes it present ({@link #presentWhen()}), what
 * evidence makes it observed absent ({@link #absentWhen()}: a sourced line showing the opposite; silence is never
 * absence), and which kinds of evidence a coding may rest on ({@link #evidence()}, at least one).
 *
 * <p>{@code presentWhen} and {@code absentWhen} are non-blank texts; evidence kinds are non-blank, at least one, and
 * not repeated; violations throw {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"feature": "activity:ORGANISING_EVENTS", "presentWhen": "…", "absentWhen": "…", "evidence":
 * ["offlineEvents"]}}; the feature is in its {@link ProfileFeature#parse(String) text form} {@code kind:CONSTANT}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableCodebookEntry.class)
@JsonDeserialize(as = ImmutableCodebookEntry.class)
public abstract class CodebookEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  CodebookEntry() {}

  /** {@return the feature the rule is for} */
  public abstract ProfileFeature feature();

  /** {@return the evidence that makes the feature present, in our words} */
  public abstract String presentWhen();

  /**
   * {@return the evidence that makes the feature observed absent (a sourced line showing the opposite), in our
   * words}
   */
  public abstract String absentWhen();

  /** {@return the evidence kinds (keys of {@link Codebook#evidenceKinds()}) a coding of this feature may rest on} */
  public abstract ImmutableList<String> evidence();

  @Value.Check
  void check() {
    Checks.notBlank("codebook.presentWhen", org.psoscale.model.TextLimits.text("codebook.presentWhen", presentWhen()));
    Checks.notBlank("codebook.absentWhen", org.psoscale.model.TextLimits.text("codebook.absentWhen", absentWhen()));
    if (evidence().isEmpty()) {
      throw new IllegalArgumentException("codebook.evidence: " + feature() + " lists no evidence kind; every"
          + " feature needs at least one");
    }
    for (int i = 0; i < evidence().size(); i++) {
      Checks.oneLine("codebook.evidence[" + i + "]", evidence().get(i));
      if (evidence().indexOf(evidence().get(i)) != i) {
        throw new IllegalArgumentException("codebook.evidence[" + i + "]: repeats '" + evidence().get(i) + "'");
      }
    }
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableCodebookEntry.Builder builder() {
    return ImmutableCodebookEntry.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodebookEntry.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodebookEntry.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CodebookEntry v) {
      super(v.feature(), v.presentWhen(), v.absentWhen(), list(v.evidence()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().feature(f.get("feature", org.psoscale.model.ProfileFeature.class))
          .presentWhen(f.string("presentWhen")).absentWhen(f.string("absentWhen"))
          .addAllEvidence(f.list("evidence", String.class)).build();
    }
  }
}
