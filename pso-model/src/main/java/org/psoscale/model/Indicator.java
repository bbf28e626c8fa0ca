package org.psoscale.model;

/**
 * The seven indicators of the paper's strategy table (row INDICATORS): observable signs that a PSO follows a
 * {@link ScalingStrategy}. Each indicator stands under exactly one strategy. {@link #label()} is the paper's
 * wording, verbatim.
 */
public enum Indicator {
  /** Close real space monitoring of individual encounters (geographic implantation). */
  CLOSE_REAL_SPACE_MONITORING(
      ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Close real space monitoring of individual encounters"),
  /** Participation in social movements (geographic implantation). */
  PARTICIPATION_IN_SOCIAL_MOVEMENTS(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Participation to Social movements"),
  /** Real-world foci (geographic implantation). */
  REAL_WORLD_FOCI(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Real world foci"),
  /** Strong local networks (geographic implantation). */
  STRONG_LOCAL_NETWORKS(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Strong local networks"),
  /** Technical services to other platforms with the same social goal (technological replication). */
  TECHNICAL_SERVICES_TO_OTHER_PLATFORMS(
      ScalingStrategy.TECHNOLOGICAL_REPLICATION,
      "Provision of technical services to other platforms with the same social goal"),
  /** In-house development of core technology (technological replication). */
  IN_HOUSE_CORE_TECHNOLOGY(ScalingStrategy.TECHNOLOGICAL_REPLICATION, "in-house development of core technology"),
  /** Excessive focus on diffusion of the platform among final users (data-based growth). */
  FOCUS_ON_DIFFUSION_AMONG_FINAL_USERS(
      ScalingStrategy.DATA_BASED_GROWTH, "Excessive focus on diffusion of the platform among final users");

  private final ScalingStrategy strategy;
  private final String label;

  Indicator(ScalingStrategy strategy, String label) {
    this.strategy = strategy;
    this.label = label;
  }

  /** {@return the strategy whose column lists this indicator; not null} */
  public ScalingStrategy strategy() {
    return strategy;
  }

  /** {@return the paper's wording, verbatim; not null} */
  public String label() {
    return label;
  }
}
