package org.psoscale.classifier;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * One piece of {@link Evidence}: a feature of the profile moved a strategy's score by {@link #amount()}.
 *
 * <p>The unit of the amount depends on the classifier. For the additive classifiers (the rules, weighted, centroid
 * and ensembles of them) it is in score units and positive: the amounts of a strategy add up (to rounding) to its
 * {@linkplain Classification#score(ScalingStrategy) score}. For {@link StrategyClassifiers#bayes()} it is a
 * centred log-likelihood ratio in nats, positive or negative: the amounts of a strategy add up to its log-posterior
 * up to a constant shared by all strategies (see {@link StrategyClassifiers#bayes()}).
 *
 * <p>JSON: {@code {"feature": "indicator:REAL_WORLD_FOCI", "strategy": "GEOGRAPHIC_IMPLANTATION", "amount":
 * 0.5}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableContribution.class)
@JsonDeserialize(as = ImmutableContribution.class)
public abstract class Contribution implements Serializable {
  private static final long serialVersionUID = 1L;

  Contribution() {}

  /** {@return the profile feature that contributed; not null} */
  @Value.Parameter
  public abstract ProfileFeature feature();

  /** {@return the strategy whose score it moved; not null} */
  @Value.Parameter
  public abstract ScalingStrategy strategy();

  /**
   * {@return by how much, in the classifier's unit (see the class documentation); finite and non-zero. Positive for
   * the additive classifiers; positive or negative for {@link StrategyClassifiers#bayes()}}
   */
  @Value.Parameter
  public abstract double amount();

  @Value.Check
  void check() {
    if (amount() == 0 || !Double.isFinite(amount())) {
      throw new IllegalArgumentException("amount: must be finite and non-zero, was " + amount());
    }
  }

  /**
   * A contribution.
   *
   * @param feature the feature; not null
   * @param strategy the strategy; not null
   * @param amount by how much it moved the score, in the classifier's unit; finite and non-zero
   * @return the contribution
   * @throws NullPointerException if {@code feature} or {@code strategy} is null
   * @throws IllegalArgumentException if {@code amount} is zero, infinite or NaN
   */
  public static Contribution of(ProfileFeature feature, ScalingStrategy strategy, double amount) {
    return ImmutableContribution.of(feature, strategy, amount);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Contribution.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Contribution.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Contribution v) {
      super(v.feature(), v.strategy(), v.amount());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.get("feature", ProfileFeature.class), f.get("strategy", ScalingStrategy.class),
          f.doubleValue("amount"));
    }
  }
}
