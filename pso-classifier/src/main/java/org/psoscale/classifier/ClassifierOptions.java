package org.psoscale.classifier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * Options shared by the built-in classifiers. Today there is one: the {@linkplain #mixedMargin() mixed margin}
 * that {@link Classification#isMixed()} uses.
 *
 * <p>JSON: {@code {"mixedMargin": 0.1}}; a missing field takes its default.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableClassifierOptions.class)
@JsonDeserialize(as = ImmutableClassifierOptions.class)
public abstract class ClassifierOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The default mixed margin, 0.10: a classification is mixed when the runner-up's score is at most ten
   * percentage points below the leader's.
   *
   * <p>The paper names the "interplay between these orientations" as future work and gives no threshold; this
   * number is ours. It was chosen, without looking at any case, so that only near-ties count as mixed under the
   * paper's rules: one indicator against one indicator is a tie (mixed); two indicators against one (0.67 against
   * 0.33) and an indicator plus a trait against an indicator (0.60 against 0.40) are not.
   */
  public static final double DEFAULT_MIXED_MARGIN = 0.10;

  private static final ClassifierOptions DEFAULTS = ImmutableClassifierOptions.builder().build();

  ClassifierOptions() {}

  /**
   * {@return how close, in absolute score (0 to 1), the runner-up must be to the leader for the classification to
   * be {@linkplain Classification#isMixed() mixed}; from 0 (only exact ties are mixed) inclusive to 1 exclusive.
   * Defaults to {@value #DEFAULT_MIXED_MARGIN}}
   */
  @Value.Default
  public double mixedMargin() {
    return DEFAULT_MIXED_MARGIN;
  }

  @Value.Check
  void check() {
    Classification.checkMargin(mixedMargin());
  }

  /** {@return the default options} */
  public static ClassifierOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options with this mixed margin.
   *
   * @param mixedMargin from 0 inclusive to 1 exclusive
   * @return the options
   * @throws IllegalArgumentException if the margin is NaN or out of range
   */
  public static ClassifierOptions ofMixedMargin(double mixedMargin) {
    return ImmutableClassifierOptions.builder().mixedMargin(mixedMargin).build();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(ClassifierOptions.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(ClassifierOptions.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(ClassifierOptions v) {
      super(v.mixedMargin());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ofMixedMargin(f.doubleValue("mixedMargin"));
    }
  }
}
