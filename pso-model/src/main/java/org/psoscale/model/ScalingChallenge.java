package org.psoscale.model;

/**
 * The six general challenges PSOs face in scaling, from the paper's section "Challenges faced by PSO in
 * scaling". Unlike {@link Challenge}, these are not tied to a strategy. {@link #label()} is verbatim.
 */
public enum ScalingChallenge {
  /** Integration into the existing technological and socio-economic context. */
  INTEGRATION_INTO_CONTEXT("Integration into the existing technological and socio economic context"),
  /** Uncertainty and scepticism from users. */
  USERS_UNCERTAINTY_AND_SCEPTICISM("Uncertainty and skepticism from users"),
  /** Encapsulation in a digital bubble, cut off from the offline sectors. */
  DIGITAL_BUBBLE("Encapsulation in digital bubble, cut-off from the offline sectors"),
  /** Enhancing civic engagement, especially from vulnerable people. */
  ENGAGING_VULNERABLE_PEOPLE("Enhancing civic engagement, especially from vulnerable people"),
  /** The existing digital divide among users. */
  DIGITAL_DIVIDE("Existing digital divide among users"),
  /** Locating digital skills. */
  LOCATING_DIGITAL_SKILLS("Locating digital skills");

  private final String label;

  ScalingChallenge(String label) {
    this.label = label;
  }

  /** {@return the paper's wording, verbatim; not null} */
  public String label() {
    return label;
  }
}
