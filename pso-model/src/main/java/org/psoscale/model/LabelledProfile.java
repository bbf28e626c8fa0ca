package org.psoscale.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.CharMatcher;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * A profile with a reference strategy: one training or evaluation example, like Tribuo's {@code Example}. The
 * {@link #id()} names the case (e.g. the data set's slug) so that evaluations can report per case.
 *
 * <p>JSON: {@code {"id": "fixmystreet", "profile": {…}, "label": "TECHNOLOGICAL_REPLICATION"}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableLabelledProfile.class)
@JsonDeserialize(as = ImmutableLabelledProfile.class)
public abstract class LabelledProfile implements Serializable {
  private static final long serialVersionUID = 1L;

  LabelledProfile() {}

  /** {@return the case's identifier; not blank, at most {@value TextLimits#MAX_NAME_LENGTH} characters} */
  @Value.Parameter
  public abstract String id();

  /** {@return what was observed; not null} */
  @Value.Parameter
  public abstract PsoProfile profile();

  /** {@return the reference strategy of the case; not null} */
  @Value.Parameter
  public abstract ScalingStrategy label();

  @Value.Check
  void check() {
    TextLimits.name("id", id());
    if (CharMatcher.whitespace().matchesAllOf(id())) {
      throw new IllegalArgumentException("id: must not be blank");
    }
  }

  /**
   * An example.
   *
   * @param id the case's identifier; not null or blank
   * @param profile what was observed; not null
   * @param label the reference strategy; not null
   * @return the example
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank or longer than {@value TextLimits#MAX_NAME_LENGTH}
   */
  public static LabelledProfile of(String id, PsoProfile profile, ScalingStrategy label) {
    return ImmutableLabelledProfile.of(id, profile, label);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(LabelledProfile.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(LabelledProfile.class);
  }

  /** The serialized form: plain fields, rebuilt through the builder; see {@link PsoSerialization}. */
  private static final class Form extends PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(LabelledProfile v) {
      super(v.id(), v.profile(), v.label());
    }

    @Override
    protected Object restore(PsoSerialization.Fields f) throws java.io.InvalidObjectException {
      return of(f.string("id"), f.get("profile", PsoProfile.class), f.get("label", ScalingStrategy.class));
    }
  }
}
