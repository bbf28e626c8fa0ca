package org.psoscale.model;

/**
 * The CHALLENGES row of the paper's strategy table: challenges specific to one strategy. For the general
 * challenges PSOs face when scaling, see {@link ScalingChallenge}.
 */
public enum Challenge {
  /** Costly monitoring processes in local sites (geographic implantation). */
  COSTLY_LOCAL_MONITORING(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Costly monitoring processes in local sites"),
  /** Loss of technical proximity (geographic implantation). */
  LOSS_OF_TECHNICAL_PROXIMITY(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Loss of technical proximity"),
  /** Loss of algorithmic control (geographic implantation). */
  LOSS_OF_ALGORITHMIC_CONTROL(ScalingStrategy.GEOGRAPHIC_IMPLANTATION, "Loss of algorithmic control"),
  /** Weak links with sectoral networks (technological replication). */
  WEAK_LINKS_WITH_SECTORAL_NETWORKS(ScalingStrategy.TECHNOLOGICAL_REPLICATION, "weak links with sectoral networks"),
  /** Access to digital skills (technological replication). */
  ACCESS_TO_DIGITAL_SKILLS(ScalingStrategy.TECHNOLOGICAL_REPLICATION, "access to digital skills"),
  /** Costs of maintaining the platform (technological replication). */
  PLATFORM_MAINTENANCE_COSTS(ScalingStrategy.TECHNOLOGICAL_REPLICATION, "costs of maintaining platform"),
  /** Technical challenges: interoperability, verification of data, etc. (technological replication). */
  TECHNICAL_ISSUES(
      ScalingStrategy.TECHNOLOGICAL_REPLICATION, "technical (interoperability, verification of data, etc)"),
  /** Difficulties in adaptation to the local context (technological replication). */
  ADAPTATION_TO_LOCAL_CONTEXT(
      ScalingStrategy.TECHNOLOGICAL_REPLICATION, "Difficulties in adaptation to the local context"),
  /** Standardisation of the algorithm (technological replication). */
  ALGORITHM_STANDARDISATION(ScalingStrategy.TECHNOLOGICAL_REPLICATION, "Standardisation of algorithm"),
  /** Entrepreneurial difficulties (data-based growth). */
  ENTREPRENEURIAL_DIFFICULTIES(ScalingStrategy.DATA_BASED_GROWTH, "Entrepreneurial difficulties"),
  /** Maintenance of a steady income flow (data-based growth). */
  STEADY_INCOME_FLOW(ScalingStrategy.DATA_BASED_GROWTH, "Maintenance of steady income flow"),
  /** Access to sector-specific networks (data-based growth). */
  ACCESS_TO_SECTOR_NETWORKS(ScalingStrategy.DATA_BASED_GROWTH, "Access to sector specific networks"),
  /** Mismatch between volunteers and beneficiaries (data-based growth). */
  VOLUNTEER_BENEFICIARY_MISMATCH(ScalingStrategy.DATA_BASED_GROWTH, "Mismatch between volunteers and beneficiaries");

  private final ScalingStrategy strategy;
  private final String label;

  Challenge(ScalingStrategy strategy, String label) {
    this.strategy = strategy;
    this.label = label;
  }

  /** {@return the strategy whose column lists this challenge; not null} */
  public ScalingStrategy strategy() {
    return strategy;
  }

  /** {@return the paper's wording, verbatim; not null} */
  public String label() {
    return label;
  }
}
