package org.psoscale.model;

/** The BENEFITS row of the paper's strategy table; each benefit stands under one strategy. */
public enum Benefit {
  /** Better adaptation to local contexts (geographic implantation). */
  BETTER_ADAPTATION_TO_LOCAL_CONTEXTS(
      ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Better adaptation to local contexts"),
  /** Possibly better reach to target populations (geographic implantation). */
  BETTER_REACH_TO_TARGET_POPULATIONS(
      ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Could be better reach to target populations"),
  /** Technical and algorithmic control and standardisation (technological replication). */
  TECHNICAL_AND_ALGORITHMIC_CONTROL(
      ScalingStrategy.TECHNOLOGICAL_REPLICATION, "Technical and algorithmic control and standardisation"),
  /** Resource requirements often low (data-based growth). */
  LOW_RESOURCE_REQUIREMENTS(ScalingStrategy.DATA_BASED_GROWTH, "Resource requirements often low");

  private final ScalingStrategy strategy;
  private final String label;

  Benefit(ScalingStrategy strategy, String label) {
    this.strategy = strategy;
    this.label = label;
  }

  /** {@return the strategy whose column lists this benefit; not null} */
  public ScalingStrategy strategy() {
    return strategy;
  }

  /** {@return the paper's wording, verbatim; not null} */
  public String label() {
    return label;
  }
}
