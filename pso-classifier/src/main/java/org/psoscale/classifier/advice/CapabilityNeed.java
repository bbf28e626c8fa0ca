package org.psoscale.classifier.advice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalersCapability;
import org.psoscale.model.ScalingStrategy;

/**
 * A SCALERS capability that matters for a strategy, with the reason. The paper names the SCALERS model but does
 * not link its capabilities to the three strategies: every link here is {@linkplain Source#OURS ours}, and each
 * rationale names the cell of the paper's strategy table it rests on.
 */
@Value.Immutable
@PsoStyle
public abstract class CapabilityNeed implements Serializable {
  private static final long serialVersionUID = 1L;

  CapabilityNeed() {}

  /** {@return the capability; not null} */
  @Value.Parameter
  public abstract ScalersCapability capability();

  /** {@return one line on why it matters, citing the paper's table cell; not blank} */
  @Value.Parameter
  public abstract String rationale();

  /** {@return {@link Source#OURS}, always} */
  public Source source() {
    return Source.OURS;
  }

  private static CapabilityNeed of(ScalersCapability capability, String rationale) {
    return ImmutableCapabilityNeed.of(capability, rationale);
  }

  private static final ImmutableListMultimap<ScalingStrategy, CapabilityNeed> NEEDS =
      ImmutableListMultimap.<ScalingStrategy, CapabilityNeed>builder()
          .putAll(ScalingStrategy.GEOGRAPHIC_IMPLANTATION,
              of(ScalersCapability.STAFFING, "local sites need people on the ground: INDICATORS \"Close real space"
                  + " monitoring of individual encounters\"; CHALLENGES \"Costly monitoring processes in local sites\""),
              of(ScalersCapability.ALLIANCE_BUILDING, "growth rides on local and sectoral ties: INDICATORS \"Strong"
                  + " local networks\"; FOR WHICH ORGANISATIONS? \"Embedded, historical links with sectoral networks\""),
              of(ScalersCapability.REPLICATION, "each new site must keep the model's quality: CHALLENGES \"Loss of"
                  + " technical proximity\", \"Loss of algorithmic control\""),
              of(ScalersCapability.LOBBYING, "civic presence in real space: INDICATORS \"Participation to Social"
                  + " movements\""))
          .putAll(ScalingStrategy.TECHNOLOGICAL_REPLICATION,
              of(ScalersCapability.REPLICATION, "the technology itself is what is replicated: INDICATORS \"Provision"
                  + " of technical services to other platforms with the same social goal\"; BENEFITS \"Technical and"
                  + " algorithmic control and standardisation\""),
              of(ScalersCapability.EARNINGS_GENERATION, "technology is expensive to build and run: CHALLENGES \"costs"
                  + " of maintaining platform\"; FOR WHICH ORGANISATIONS? \"strong founder or backing organisation as"
                  + " tech development and coordination is expensive\""),
              of(ScalersCapability.STAFFING, "digital skills are scarce: CHALLENGES \"access to digital skills\""),
              of(ScalersCapability.ALLIANCE_BUILDING, "the sector is far away: CHALLENGES \"weak links with sectoral"
                  + " networks\""))
          .putAll(ScalingStrategy.DATA_BASED_GROWTH,
              of(ScalersCapability.COMMUNICATIONS, "growth is diffusion among users: INDICATORS \"Excessive focus on"
                  + " diffusion of the platform among final users\""),
              of(ScalersCapability.EARNINGS_GENERATION, "money is short: CHALLENGES \"Maintenance of steady income"
                  + " flow\"; FOR WHICH ORGANISATIONS? \"Resource constraints\""),
              of(ScalersCapability.ALLIANCE_BUILDING, "new entrants lack the sector's ties: CHALLENGES \"Access to"
                  + " sector specific networks\"; FOR WHICH ORGANISATIONS? \"Mostly start-ups, new entrants\""),
              of(ScalersCapability.STIMULATING_MARKET_FORCES, "low-resource growth needs users' own incentives to"
                  + " take part: BENEFITS \"Resource requirements often low\"; FOR WHICH ORGANISATIONS? \"Focus on"
                  + " efficiency\""))
          .build();

  /**
   * The capabilities that matter most for a strategy, most important first (our mapping, see the class
   * documentation).
   *
   * @param strategy the strategy; not null
   * @return three or four needs; not empty
   * @throws NullPointerException if {@code strategy} is null
   */
  public static ImmutableList<CapabilityNeed> forStrategy(ScalingStrategy strategy) {
    return NEEDS.get(java.util.Objects.requireNonNull(strategy, "strategy"));
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CapabilityNeed.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CapabilityNeed.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CapabilityNeed v) {
      super(v.capability(), v.rationale());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ImmutableCapabilityNeed.of(f.get("capability", ScalersCapability.class), f.string("rationale"));
    }
  }
}
