package org.psoscale.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A coder's rating of a PSO on the SCALERS capabilities (Bloom &amp; Chatterji 2009): a score from
 * {@value #MIN_SCORE} (weak) to {@value #MAX_SCORE} (strong) for any subset of the seven
 * {@link ScalersCapability capabilities}. A capability without a score was not assessed; that is not the same as
 * a low score. The scale is ours: the paper does not rate capabilities.
 *
 * <p>JSON: {@code {"scores": {"STAFFING": 4, "LOBBYING": 2}}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableScalersAssessment.class)
@JsonDeserialize(as = ImmutableScalersAssessment.class)
public abstract class ScalersAssessment implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The lowest score, meaning the capability is weak. */
  public static final int MIN_SCORE = 1;

  /** The highest score, meaning the capability is strong. */
  public static final int MAX_SCORE = 5;

  ScalersAssessment() {}

  /** {@return the score of each assessed capability, in the SCALERS order; may be empty, never null} */
  public abstract ImmutableMap<ScalersCapability, Integer> scores();

  /**
   * The score of one capability.
   *
   * @param capability the capability; not null
   * @return its score, or empty if it was not assessed
   * @throws NullPointerException if {@code capability} is null
   */
  public OptionalInt score(ScalersCapability capability) {
    Integer score = scores().get(java.util.Objects.requireNonNull(capability, "capability"));
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  @Value.Check
  void check() {
    scores().forEach((capability, score) -> {
      if (score < MIN_SCORE || score > MAX_SCORE) {
        throw new IllegalArgumentException(
            "scores[" + capability + "]: " + score + " is out of range; allowed " + MIN_SCORE + " to " + MAX_SCORE);
      }
    });
  }

  /**
   * An assessment with these scores.
   *
   * @param scores a score from {@value #MIN_SCORE} to {@value #MAX_SCORE} per assessed capability; not null
   * @return the assessment
   * @throws NullPointerException if the map or any key or value is null
   * @throws IllegalArgumentException if a score is out of range
   */
  public static ScalersAssessment of(Map<ScalersCapability, Integer> scores) {
    return ImmutableScalersAssessment.builder().putAllScores(scores).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalArgumentException} for out-of-range scores} */
  public static ImmutableScalersAssessment.Builder builder() {
    return ImmutableScalersAssessment.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(ScalersAssessment.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(ScalersAssessment.class);
  }

  /** The serialized form: plain fields, rebuilt through the builder; see {@link PsoSerialization}. */
  private static final class Form extends PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(ScalersAssessment v) {
      super((Object) map(v.scores()));
    }

    @Override
    protected Object restore(PsoSerialization.Fields f) throws java.io.InvalidObjectException {
      return of(f.map("scores", ScalersCapability.class, Integer.class));
    }
  }
}
