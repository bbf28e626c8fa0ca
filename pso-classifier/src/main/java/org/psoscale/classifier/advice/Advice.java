package org.psoscale.classifier.advice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.classifier.Classification;
import org.psoscale.model.Benefit;
import org.psoscale.model.Challenge;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingChallenge;
import org.psoscale.model.ScalingStrategy;

/**
 * What a {@link Classification} means for a PSO's scaling: for each strategy it points to, the benefits and
 * challenges the paper lists and the SCALERS capabilities that matter most; plus the paper's general scaling
 * challenges.
 *
 * <h2>Which strategies</h2>
 *
 * <ul>
 *   <li>with a primary: the primary, and the runner-up too when the classification is {@linkplain
 *       Classification#isMixed() mixed};
 *   <li>with a tie at the top (no primary): every tied leader;
 *   <li>without evidence: none; only the general challenges remain.
 * </ul>
 *
 * <h2>Whose words</h2>
 *
 * Benefits and challenges per strategy are the paper's ({@link Source#PAPER}); the general challenges are the
 * paper's list "Challenges faced by PSO in scaling" ({@link Source#PAPER_GENERAL}); the capabilities per strategy
 * are ours ({@link Source#OURS}, see {@link CapabilityNeed}). {@link #render()} tags every line with its source.
 */
@Value.Immutable
@PsoStyle
public abstract class Advice implements Serializable {
  private static final long serialVersionUID = 1L;

  Advice() {}

  /** {@return the strategies advised on, in order of importance (see the class documentation); may be empty} */
  @Value.Parameter
  public abstract ImmutableList<StrategyAdvice> strategies();

  /**
   * {@return the paper's general scaling challenges, which apply whatever the strategy. Source: {@link
   * Source#PAPER_GENERAL}}
   */
  public ImmutableSet<ScalingChallenge> generalChallenges() {
    return ImmutableSet.copyOf(ScalingChallenge.values());
  }

  /**
   * The advice for a classification.
   *
   * @param classification the classification; not null
   * @return the advice
   * @throws NullPointerException if {@code classification} is null
   */
  public static Advice of(Classification classification) {
    requireNonNull(classification, "classification");
    ImmutableList.Builder<StrategyAdvice> out = ImmutableList.builder();
    Optional<ScalingStrategy> primary = classification.primary();
    if (primary.isPresent()) {
      out.add(StrategyAdvice.of(primary.get(), StrategyAdvice.Role.PRIMARY));
      if (classification.isMixed()) {
        classification.runnerUp().ifPresent(r -> out.add(StrategyAdvice.of(r, StrategyAdvice.Role.RUNNER_UP)));
      }
    } else {
      for (ScalingStrategy s : classification.leaders()) {
        out.add(StrategyAdvice.of(s, StrategyAdvice.Role.TIED_LEADER));
      }
    }
    return ImmutableAdvice.of(out.build());
  }

  /**
   * The advice as text, each line tagged {@code [paper]}, {@code [paper (general)]} or {@code [ours]}.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    if (strategies().isEmpty()) {
      out.append("No strategy: the classification found no evidence.\n");
    }
    for (StrategyAdvice a : strategies()) {
      out.append(a.strategy().label()).append(" (").append(a.role().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ')).append(")\n");
      for (Benefit b : a.benefits()) {
        out.append("  benefit: ").append(b.label()).append(" [").append(Source.PAPER.label()).append("]\n");
      }
      for (Challenge c : a.challenges()) {
        out.append("  challenge: ").append(c.label()).append(" [").append(Source.PAPER.label()).append("]\n");
      }
      for (CapabilityNeed n : a.capabilities()) {
        out.append("  capability: ").append(n.capability().label()).append(" - ").append(n.rationale())
            .append(" [").append(n.source().label()).append("]\n");
      }
    }
    out.append("General scaling challenges\n");
    for (ScalingChallenge c : generalChallenges()) {
      out.append("  ").append(c.label()).append(" [").append(Source.PAPER_GENERAL.label()).append("]\n");
    }
    return out.toString();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Advice.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Advice.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Advice v) {
      super((Object) list(v.strategies()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ImmutableAdvice.of(f.list("strategies", StrategyAdvice.class));
    }
  }
}
