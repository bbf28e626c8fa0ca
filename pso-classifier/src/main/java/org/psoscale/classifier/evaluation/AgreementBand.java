package org.psoscale.classifier.evaluation;

/**
 * Verbal interpretation bands for kappa-like agreement coefficients, after Landis, J. R. and
 * Koch, G. G. (1977), "The Measurement of Observer Agreement for Categorical Data",
 * <i>Biometrics</i> 33(1):159&ndash;174 (their table on p.&nbsp;165).
 *
 * <p>Landis and Koch print the bands with two decimals ("0.00&ndash;0.20", "0.21&ndash;0.40",
 * &hellip;), which leaves gaps such as (0.20, 0.21) for unrounded coefficients. This enum closes
 * those gaps with half-open intervals whose <em>upper</em> bound is inclusive:
 *
 * <table>
 *   <caption>Bands and their exact bounds</caption>
 *   <tr><th>Band</th><th>Coefficient range</th></tr>
 *   <tr><td>{@link #POOR}</td><td>[&minus;1, 0)</td></tr>
 *   <tr><td>{@link #SLIGHT}</td><td>[0, 0.20]</td></tr>
 *   <tr><td>{@link #FAIR}</td><td>(0.20, 0.40]</td></tr>
 *   <tr><td>{@link #MODERATE}</td><td>(0.40, 0.60]</td></tr>
 *   <tr><td>{@link #SUBSTANTIAL}</td><td>(0.60, 0.80]</td></tr>
 *   <tr><td>{@link #ALMOST_PERFECT}</td><td>(0.80, 1]</td></tr>
 * </table>
 *
 * <p>The bounds are compared exactly, without any rounding or tolerance: a coefficient of
 * {@code 0.2} is {@link #SLIGHT}, while {@code 0.20000000000000004} is {@link #FAIR}. Landis and
 * Koch themselves call the bands "clearly arbitrary"; they are a reading aid, not a test.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum AgreementBand {
  /** Less than chance agreement: [&minus;1, 0). */
  POOR("Poor", -1.0, 0.0),
  /** Slight agreement: [0, 0.20]. */
  SLIGHT("Slight", 0.0, 0.20),
  /** Fair agreement: (0.20, 0.40]. */
  FAIR("Fair", 0.20, 0.40),
  /** Moderate agreement: (0.40, 0.60]. */
  MODERATE("Moderate", 0.40, 0.60),
  /** Substantial agreement: (0.60, 0.80]. */
  SUBSTANTIAL("Substantial", 0.60, 0.80),
  /** Almost perfect agreement: (0.80, 1]. */
  ALMOST_PERFECT("Almost perfect", 0.80, 1.0);

  private final String label;
  private final double lowerBound;
  private final double upperBound;

  AgreementBand(String label, double lowerBound, double upperBound) {
    this.label = label;
    this.lowerBound = lowerBound;
    this.upperBound = upperBound;
  }

  /**
   * Returns the human-readable label of this band as worded by Landis and Koch (1977), for
   * example {@code "Almost perfect"}.
   *
   * @return the label, never {@code null}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the lower bound of this band. It is inclusive for {@link #POOR} ({@code -1}) and
   * {@link #SLIGHT} ({@code 0}) and exclusive for every other band.
   *
   * @return the lower bound
   */
  public double lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the upper bound of this band. It is exclusive for {@link #POOR} ({@code 0}) and
   * inclusive for every other band.
   *
   * @return the upper bound
   */
  public double upperBound() {
    return upperBound;
  }

  /**
   * Classifies an agreement coefficient (Cohen's or Fleiss' kappa, Krippendorff's alpha) into
   * its Landis and Koch (1977) band, using the exact bounds documented on this type.
   *
   * @param kappa the coefficient, in [&minus;1, 1]
   * @return the band containing {@code kappa}
   * @throws IllegalArgumentException if {@code kappa} is NaN (the degenerate result of the
   *     measures in {@link Agreement}, which has no band) or lies outside [&minus;1, 1]
   */
  public static AgreementBand of(double kappa) {
    if (Double.isNaN(kappa)) {
      throw new IllegalArgumentException(
          "kappa is NaN (agreement undefined); only values in [-1, 1] have a band");
    }
    if (kappa < -1.0 || kappa > 1.0) {
      throw new IllegalArgumentException(
          "kappa must be in [-1, 1] to have a Landis-Koch band, but was " + kappa);
    }
    if (kappa < 0.0) {
      return POOR;
    }
    if (kappa <= 0.20) {
      return SLIGHT;
    }
    if (kappa <= 0.40) {
      return FAIR;
    }
    if (kappa <= 0.60) {
      return MODERATE;
    }
    if (kappa <= 0.80) {
      return SUBSTANTIAL;
    }
    return ALMOST_PERFECT;
  }
}
