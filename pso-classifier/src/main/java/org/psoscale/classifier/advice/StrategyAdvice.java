package org.psoscale.classifier.advice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.Benefit;
import org.psoscale.model.Challenge;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * Advice about one strategy of a classification: the benefits and challenges the paper lists for it ({@link
 * Source#PAPER}) and the SCALERS capabilities that matter most for it ({@link Source#OURS}).
 */
@Value.Immutable
@PsoStyle
public abstract class StrategyAdvice implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Why a strategy is advised on. */
  public enum Role {
    /** The classification's primary strategy. */
    PRIMARY,
    /** The runner-up of a mixed classification. */
    RUNNER_UP,
    /** One of the strategies tied for the highest score (no primary). */
    TIED_LEADER
  }

  StrategyAdvice() {}

  /** {@return the strategy; not null} */
  @Value.Parameter
  public abstract ScalingStrategy strategy();

  /** {@return why it is advised on; not null} */
  @Value.Parameter
  public abstract Role role();

  /** {@return the paper's BENEFITS cell for the strategy, in its order. Source: {@link Source#PAPER}} */
  public ImmutableSet<Benefit> benefits() {
    return ImmutableSet.copyOf(strategy().benefits());
  }

  /** {@return the paper's CHALLENGES cell for the strategy, in its order. Source: {@link Source#PAPER}} */
  public ImmutableSet<Challenge> challenges() {
    return ImmutableSet.copyOf(strategy().challenges());
  }

  /** {@return the SCALERS capabilities that matter most, most important first. Source: {@link Source#OURS}} */
  public ImmutableList<CapabilityNeed> capabilities() {
    return CapabilityNeed.forStrategy(strategy());
  }

  /**
   * Advice about a strategy.
   *
   * @param strategy the strategy; not null
   * @param role why it is advised on; not null
   * @return the advice
   * @throws NullPointerException if an argument is null
   */
  public static StrategyAdvice of(ScalingStrategy strategy, Role role) {
    return ImmutableStrategyAdvice.of(strategy, role);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(StrategyAdvice.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(StrategyAdvice.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(StrategyAdvice v) {
      super(v.strategy(), v.role());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.get("strategy", ScalingStrategy.class), f.get("role", Role.class));
    }
  }
}
