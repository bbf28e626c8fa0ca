package org.psoscale.classifier.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * Inter-coder agreement statistics: Cohen's kappa (plain and weighted), Fleiss' kappa and
 * Krippendorff's alpha.
 *
 * <h2>Sources</h2>
 *
 * <ul>
 *   <li>Cohen, J. (1960). A coefficient of agreement for nominal scales. <i>Educational and
 *       Psychological Measurement</i> 20(1):37&ndash;46.
 *   <li>Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
 *       disagreement or partial credit. <i>Psychological Bulletin</i> 70(4):213&ndash;220.
 *   <li>Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
 *       <i>Psychological Bulletin</i> 76(5):378&ndash;382.
 *   <li>Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
 *       for Communication, University of Pennsylvania, departmental paper 43.
 * </ul>
 *
 * <p>{@link AgreementBand#of(double)} turns a coefficient into a Landis and Koch (1977) band.
 *
 * <h2>Degenerate cases: NaN</h2>
 *
 * <p>Every coefficient here has the form 1 &minus; (observed disagreement) / (chance-expected
 * disagreement). When the chance-expected disagreement is zero the ratio is 0/0 and the
 * coefficient is undefined; all methods then return {@link Double#NaN}, <em>regardless of the
 * observed agreement</em> (which is necessarily perfect in that case). This is the same choice
 * as scikit-learn's {@code cohen_kappa_score} and as Krippendorff (2011), who calls alpha
 * undefined when the data show no variation. Concretely, NaN is returned when:
 *
 * <ul>
 *   <li>Cohen's kappa (plain or weighted): both coders used one and the same single category, so
 *       chance agreement p<sub>e</sub> = 1;
 *   <li>Fleiss' kappa: every rating of every subject falls into one and the same category, so
 *       P&#772;<sub>e</sub> = 1;
 *   <li>Krippendorff's alpha: no unit has two or more values (nothing is pairable), or all
 *       pairable values are equal, so D<sub>e</sub> = 0.
 * </ul>
 *
 * <p>The degenerate cases are detected exactly (by counting categories), not by comparing a
 * floating-point p<sub>e</sub> with 1. Callers that need a number can test with {@link
 * Double#isNaN(double)}; {@link AgreementBand#of(double)} rejects NaN.
 *
 * <h2>Input validation</h2>
 *
 * <p>A {@code null} argument, or a {@code null} where no missing value is allowed, raises
 * {@link NullPointerException}; any other invalid input raises {@link IllegalArgumentException}.
 * Messages name the parameter (and index) at fault and state what is allowed. Inputs are never
 * modified.
 *
 * <p>This class is stateless and therefore thread-safe.
 */
public final class Agreement {

  /**
   * Disagreement weights for {@link #weightedCohensKappa(int[], int[], Weighting)} (Cohen 1968).
   * With ordinal codes {@code i} and {@code j}, the disagreement weight is {@code |i - j|} for
   * {@link #LINEAR} and {@code (i - j)^2} for {@link #QUADRATIC}. Rescaling the weights by a
   * constant (such as the usual division by (k &minus; 1) or (k &minus; 1)&sup2;) does not change
   * kappa, so none is applied.
   */
  public enum Weighting {
    /** Disagreement weight {@code |i - j|}. */
    LINEAR,
    /** Disagreement weight {@code (i - j)^2}; the most common choice for ordinal scales. */
    QUADRATIC
  }

  /**
   * Levels of measurement for {@link #krippendorffsAlpha(Double[][], Metric)}, each with its
   * squared difference function &delta;&sup2;(c, k) from Krippendorff (2011).
   */
  public enum Metric {
    /** &delta;&sup2;(c, k) = 0 if c = k, otherwise 1. Values are only compared for equality. */
    NOMINAL,
    /** &delta;&sup2;(c, k) = (c &minus; k)&sup2;. */
    INTERVAL,
    /**
     * &delta;&sup2;(c, k) = ((c &minus; k) / (c + k))&sup2;, taken as 0 when c = k = 0. Only
     * non-negative values are allowed.
     */
    RATIO
  }

  private Agreement() {
    throw new AssertionError("Agreement is a static utility class");
  }

  /**
   * Computes Cohen's (1960) kappa for two coders who each assigned one nominal label to the same
   * items: &kappa; = (p<sub>o</sub> &minus; p<sub>e</sub>) / (1 &minus; p<sub>e</sub>), where
   * p<sub>o</sub> is the proportion of items on which the coders agree and p<sub>e</sub> =
   * &Sigma;<sub>k</sub> p<sub>A</sub>(k) p<sub>B</sub>(k) is the chance agreement from each
   * coder's own marginal proportions. Labels are compared with {@link Object#equals(Object)}
   * (and must have a consistent {@link Object#hashCode()}); element {@code i} of both lists
   * refers to the same item. The arithmetic is exact integer arithmetic up to the final
   * division, so the result is exactly symmetric in the two coders and exactly 1 for identical
   * codings.
   *
   * @param coderA the labels of the first coder, one per item
   * @param coderB the labels of the second coder, in the same item order
   * @param <L> the label type
   * @return kappa, in [&minus;1, 1]; {@link Double#NaN} if both coders used one and the same single
   *     label (p<sub>e</sub> = 1, see the class documentation)
   * @throws NullPointerException if a list or any of its elements is {@code null}
   * @throws IllegalArgumentException if the lists are empty or differ in length
   */
  public static <L> double cohensKappa(List<L> coderA, List<L> coderB) {
    checkPairedLists(coderA, coderB);
    int n = coderA.size();
    Map<L, Long> countsA = new HashMap<>();
    Map<L, Long> countsB = new HashMap<>();
    long agreements = 0;
    for (int i = 0; i < n; i++) {
      L a = coderA.get(i);
      L b = coderB.get(i);
      if (a == null) {
        throw new NullPointerException("coderA[" + i + "] is null; labels must be non-null");
      }
      if (b == null) {
        throw new NullPointerException("coderB[" + i + "] is null; labels must be non-null");
      }
      countsA.merge(a, 1L, Long::sum);
      countsB.merge(b, 1L, Long::sum);
      if (a.equals(b)) {
        agreements++;
      }
    }
    if (countsA.size() == 1 && countsB.size() == 1 && countsA.keySet().equals(countsB.keySet())) {
      return Double.NaN;
    }
    // n^2 p_e, exactly
    long chance = 0;
    for (Map.Entry<L, Long> e : countsA.entrySet()) {
      chance += e.getValue() * countsB.getOrDefault(e.getKey(), 0L);
    }
    long nn = (long) n * n;
    // kappa = (n^2 p_o - n^2 p_e) / (n^2 - n^2 p_e)
    return (double) (agreements * n - chance) / (double) (nn - chance);
  }

  /**
   * Computes Cohen's (1968) weighted kappa for two coders using ordered integer codes:
   * &kappa;<sub>w</sub> = 1 &minus; &Sigma; w<sub>ij</sub> p<sub>o,ij</sub> / &Sigma;
   * w<sub>ij</sub> p<sub>e,ij</sub>, with disagreement weights w<sub>ij</sub> = |i &minus; j| or
   * (i &minus; j)&sup2; (see {@link Weighting}) and chance proportions p<sub>e,ij</sub> =
   * p<sub>A</sub>(i) p<sub>B</sub>(j) from each coder's own marginals.
   *
   * <p>The codes are used as scores: the distance between codes 1 and 5 is 4 even if codes 2 to 4
   * never occur. (scikit-learn's {@code cohen_kappa_score} instead uses the rank of each code
   * among the observed labels; the two agree whenever the codes used are consecutive integers.)
   * With only two distinct codes in the data, weighted kappa equals {@link #cohensKappa(List,
   * List)}.
   *
   * @param coderA the codes of the first coder, one per item
   * @param coderB the codes of the second coder, in the same item order
   * @param weighting the disagreement weighting
   * @return weighted kappa, at most 1; {@link Double#NaN} if both coders used one and the same
   *     single code (chance disagreement 0, see the class documentation)
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the arrays are empty or differ in length
   */
  public static double weightedCohensKappa(int[] coderA, int[] coderB, Weighting weighting) {
    Objects.requireNonNull(coderA, "coderA must not be null");
    Objects.requireNonNull(coderB, "coderB must not be null");
    Objects.requireNonNull(weighting, "weighting must not be null; use LINEAR or QUADRATIC");
    if (coderA.length == 0) {
      throw new IllegalArgumentException("coderA must not be empty; at least one item is needed");
    }
    if (coderA.length != coderB.length) {
      throw new IllegalArgumentException(
          "coderA and coderB must have equal lengths (one code per item), but coderA has "
              + coderA.length
              + " and coderB has "
              + coderB.length);
    }
    int n = coderA.length;
    double observed = 0;
    for (int i = 0; i < n; i++) {
      observed += weight(coderA[i], coderB[i], weighting);
    }
    int[][] margA = marginals(coderA);
    int[][] margB = marginals(coderB);
    if (margA[0].length == 1 && margB[0].length == 1 && margA[0][0] == margB[0][0]) {
      return Double.NaN;
    }
    double expected = 0;
    for (int i = 0; i < margA[0].length; i++) {
      for (int j = 0; j < margB[0].length; j++) {
        expected += (double) margA[1][i] * margB[1][j] * weight(margA[0][i], margB[0][j], weighting);
      }
    }
    // 1 - (observed / n) / (expected / n^2)
    return 1.0 - observed * n / expected;
  }

  /**
   * Computes Fleiss' (1971) kappa for N subjects each rated by the same number n &ge; 2 of raters
   * into k nominal categories. {@code counts[i][j]} is n<sub>ij</sub>, the number of raters who
   * put subject i into category j. With
   *
   * <ul>
   *   <li>P<sub>i</sub> = (&Sigma;<sub>j</sub> n<sub>ij</sub>&sup2; &minus; n) / (n(n &minus; 1)),
   *       the agreement on subject i, and P&#772; their mean;
   *   <li>p<sub>j</sub> = &Sigma;<sub>i</sub> n<sub>ij</sub> / (N n), the overall proportion of
   *       category j, and P&#772;<sub>e</sub> = &Sigma;<sub>j</sub> p<sub>j</sub>&sup2;;
   * </ul>
   *
   * <p>&kappa; = (P&#772; &minus; P&#772;<sub>e</sub>) / (1 &minus; P&#772;<sub>e</sub>). The
   * raters of different subjects need not be the same people. For n = 2 the result equals Scott's
   * pi.
   *
   * @param counts the subjects &times; categories count table; not modified
   * @return kappa, at most 1; {@link Double#NaN} if all ratings fall into one category
   *     (P&#772;<sub>e</sub> = 1, see the class documentation)
   * @throws NullPointerException if {@code counts} or one of its rows is {@code null}
   * @throws IllegalArgumentException if there are no subjects or no categories, rows differ in
   *     length, a count is negative, a row sum differs from that of row 0, or fewer than two
   *     raters rated each subject; the message names the offending row
   */
  public static double fleissKappa(int[][] counts) {
    Objects.requireNonNull(counts, "counts must not be null");
    if (counts.length == 0) {
      throw new IllegalArgumentException(
          "counts must have at least one row (subject); it has none");
    }
    int subjects = counts.length;
    int categories = -1;
    long raters = -1;
    long[] columnTotals = null;
    double sumP = 0;
    for (int i = 0; i < subjects; i++) {
      int[] row = counts[i];
      if (row == null) {
        throw new NullPointerException("counts[" + i + "] is null; every row must be an array");
      }
      if (categories < 0) {
        categories = row.length;
        if (categories == 0) {
          throw new IllegalArgumentException(
              "counts[0] has no columns; at least one category is needed");
        }
        columnTotals = new long[categories];
      } else if (row.length != categories) {
        throw new IllegalArgumentException(
            "counts["
                + i
                + "] has "
                + row.length
                + " categories but counts[0] has "
                + categories
                + "; all rows must have the same length");
      }
      long rowSum = 0;
      double sumSquares = 0;
      for (int j = 0; j < categories; j++) {
        int c = row[j];
        if (c < 0) {
          throw new IllegalArgumentException(
              "counts[" + i + "][" + j + "] is " + c + "; counts must be non-negative");
        }
        rowSum += c;
        sumSquares += (double) c * c;
        columnTotals[j] += c;
      }
      if (raters < 0) {
        raters = rowSum;
        if (raters < 2) {
          throw new IllegalArgumentException(
              "counts[0] sums to "
                  + rowSum
                  + " raters; every subject must be rated by the same number n >= 2 of raters");
        }
      } else if (rowSum != raters) {
        throw new IllegalArgumentException(
            "counts["
                + i
                + "] sums to "
                + rowSum
                + " raters but counts[0] sums to "
                + raters
                + "; every subject must be rated by the same number of raters");
      }
      sumP += (sumSquares - raters) / ((double) raters * (raters - 1));
    }
    int usedCategories = 0;
    for (long total : columnTotals) {
      if (total > 0) {
        usedCategories++;
      }
    }
    if (usedCategories == 1) {
      return Double.NaN;
    }
    double pBar = sumP / subjects;
    double totalRatings = (double) subjects * raters;
    double pBarE = 0;
    for (long total : columnTotals) {
      double p = total / totalRatings;
      pBarE += p * p;
    }
    return (pBar - pBarE) / (1.0 - pBarE);
  }

  /**
   * Computes Krippendorff's alpha for nominal data of any label type, following Krippendorff
   * (2011). The input is a reliability data matrix with one row per coder and one column per
   * unit; {@code null} marks a missing value. Labels are compared with {@link
   * Object#equals(Object)} (and must have a consistent {@link Object#hashCode()}).
   *
   * <p>Units with fewer than two values are not pairable and are dropped. From the remaining
   * units the coincidence matrix o<sub>ck</sub> = &Sigma;<sub>u</sub> (number of c&ndash;k pairs
   * of values from different coders in unit u) / (m<sub>u</sub> &minus; 1) is formed, with
   * m<sub>u</sub> the number of values in unit u, n<sub>c</sub> = &Sigma;<sub>k</sub>
   * o<sub>ck</sub> and n = &Sigma;<sub>c</sub> n<sub>c</sub>. Then D<sub>o</sub> = (1/n)
   * &Sigma;<sub>c,k</sub> o<sub>ck</sub> &delta;&sup2;<sub>ck</sub>, D<sub>e</sub> = (1/(n(n
   * &minus; 1))) &Sigma;<sub>c,k</sub> n<sub>c</sub> n<sub>k</sub> &delta;&sup2;<sub>ck</sub>
   * and &alpha; = 1 &minus; D<sub>o</sub> / D<sub>e</sub>, here with the nominal
   * &delta;&sup2;<sub>ck</sub> = [c &ne; k]. Any number of coders is allowed.
   *
   * @param reliabilityData one list per coder, each holding one label (or {@code null} for
   *     missing) per unit; all lists must have the same length; not modified
   * @return alpha, at most 1; {@link Double#NaN} if no unit is pairable or all pairable values
   *     are equal (D<sub>e</sub> = 0, see the class documentation)
   * @throws NullPointerException if {@code reliabilityData} or one of its coder rows is {@code
   *     null}
   * @throws IllegalArgumentException if there are no coders, no units, or the coder rows differ
   *     in length
   */
  public static double krippendorffsAlpha(List<? extends List<?>> reliabilityData) {
    Objects.requireNonNull(reliabilityData, "reliabilityData must not be null");
    int coders = reliabilityData.size();
    if (coders == 0) {
      throw new IllegalArgumentException(
          "reliabilityData must have at least one coder row; it has none");
    }
    int units = -1;
    for (int c = 0; c < coders; c++) {
      List<?> row = reliabilityData.get(c);
      if (row == null) {
        throw new NullPointerException(
            "reliabilityData[" + c + "] is null; use null elements, not rows, for missing values");
      }
      units = checkRowLength(c, row.size(), units);
    }
    List<List<Object>> values = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      List<Object> unit = new ArrayList<>(coders);
      for (List<?> row : reliabilityData) {
        Object v = row.get(u);
        if (v != null) {
          unit.add(v);
        }
      }
      values.add(unit);
    }
    return alpha(values, (a, b) -> a.equals(b) ? 0.0 : 1.0);
  }

  /**
   * Computes Krippendorff's alpha for numeric data under the given metric, following
   * Krippendorff (2011). The input is a reliability data matrix {@code reliabilityData[coder][unit]}
   * with {@code null} for a missing value; any number of coders is allowed. The computation is
   * the one described at {@link #krippendorffsAlpha(List)}, with &delta;&sup2; from {@code
   * metric}. For {@link Metric#NOMINAL}, values are compared numerically ({@code -0.0} equals
   * {@code 0.0}).
   *
   * @param reliabilityData one row per coder, one column per unit, {@code null} for missing; all
   *     rows must have the same length; not modified
   * @param metric the level of measurement
   * @return alpha, at most 1; {@link Double#NaN} if no unit is pairable or all pairable values
   *     are equal (D<sub>e</sub> = 0, see the class documentation)
   * @throws NullPointerException if an argument or a coder row is {@code null}
   * @throws IllegalArgumentException if there are no coders, no units, the rows differ in length,
   *     a value is NaN or infinite, or (for {@link Metric#RATIO}) a value is negative; the message
   *     names the offending cell
   */
  public static double krippendorffsAlpha(Double[][] reliabilityData, Metric metric) {
    Objects.requireNonNull(reliabilityData, "reliabilityData must not be null");
    Objects.requireNonNull(metric, "metric must not be null; use NOMINAL, INTERVAL or RATIO");
    int coders = reliabilityData.length;
    if (coders == 0) {
      throw new IllegalArgumentException(
          "reliabilityData must have at least one coder row; it has none");
    }
    int units = -1;
    for (int c = 0; c < coders; c++) {
      Double[] row = reliabilityData[c];
      if (row == null) {
        throw new NullPointerException(
            "reliabilityData[" + c + "] is null; use null elements, not rows, for missing values");
      }
      units = checkRowLength(c, row.length, units);
    }
    List<List<Double>> values = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      List<Double> unit = new ArrayList<>(coders);
      for (int c = 0; c < coders; c++) {
        Double v = reliabilityData[c][u];
        if (v == null) {
          continue;
        }
        double d = v;
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException(
              "reliabilityData["
                  + c
                  + "]["
                  + u
                  + "] is "
                  + d
                  + "; values must be finite (use null for missing)");
        }
        if (metric == Metric.RATIO && d < 0) {
          throw new IllegalArgumentException(
              "reliabilityData["
                  + c
                  + "]["
                  + u
                  + "] is "
                  + d
                  + "; the RATIO metric allows only non-negative values");
        }
        unit.add(d + 0.0); // maps -0.0 to 0.0 so that equal numbers are equal keys
      }
      values.add(unit);
    }
    switch (metric) {
      case NOMINAL:
        return alpha(values, (a, b) -> a.doubleValue() == b.doubleValue() ? 0.0 : 1.0);
      case INTERVAL:
        return alpha(
            values,
            (a, b) -> {
              double diff = a - b;
              return diff * diff;
            });
      case RATIO:
        return alpha(
            values,
            (a, b) -> {
              double sum = a + b;
              if (sum == 0.0) {
                return 0.0;
              }
              double r = (a - b) / sum;
              return r * r;
            });
      default:
        throw new AssertionError("unknown metric " + metric);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Alpha from the values of each unit. {@code delta2} must be symmetric and zero on equal
   * values. D_o is accumulated unit by unit: sum over ordered pairs of values from different
   * coders in unit u of delta2, divided by (m_u - 1), which equals sum_ck o_ck delta2_ck.
   */
  private static <T> double alpha(
      List<? extends List<T>> units, ToDoubleBiFunction<? super T, ? super T> delta2) {
    Map<T, Long> totals = new LinkedHashMap<>();
    long n = 0;
    double observed = 0; // n * D_o
    for (List<T> unit : units) {
      int m = unit.size();
      if (m < 2) {
        continue;
      }
      double pairs = 0;
      for (int i = 0; i < m; i++) {
        T vi = unit.get(i);
        for (int j = i + 1; j < m; j++) {
          pairs += delta2.applyAsDouble(vi, unit.get(j));
        }
        totals.merge(vi, 1L, Long::sum);
      }
      observed += 2.0 * pairs / (m - 1);
      n += m;
    }
    if (totals.size() < 2) {
      return Double.NaN; // nothing pairable, or a single pairable value: D_e = 0
    }
    List<Map.Entry<T, Long>> distinct = new ArrayList<>(totals.entrySet());
    double expected = 0; // n (n - 1) * D_e
    for (int c = 0; c < distinct.size(); c++) {
      Map.Entry<T, Long> ec = distinct.get(c);
      for (int k = c + 1; k < distinct.size(); k++) {
        Map.Entry<T, Long> ek = distinct.get(k);
        expected +=
            2.0
                * ec.getValue()
                * ek.getValue()
                * delta2.applyAsDouble(ec.getKey(), ek.getKey());
      }
    }
    if (expected == 0.0) {
      return Double.NaN; // differences too small to be represented
    }
    return 1.0 - (n - 1) * observed / expected;
  }

  private static int checkRowLength(int coder, int length, int expected) {
    if (expected < 0) {
      if (length == 0) {
        throw new IllegalArgumentException(
            "reliabilityData[0] has no units; at least one unit (column) is needed");
      }
      return length;
    }
    if (length != expected) {
      throw new IllegalArgumentException(
          "reliabilityData["
              + coder
              + "] has "
              + length
              + " units but reliabilityData[0] has "
              + expected
              + "; all coder rows must cover the same units (use null for missing)");
    }
    return expected;
  }

  private static void checkPairedLists(List<?> coderA, List<?> coderB) {
    Objects.requireNonNull(coderA, "coderA must not be null");
    Objects.requireNonNull(coderB, "coderB must not be null");
    if (coderA.isEmpty()) {
      throw new IllegalArgumentException("coderA must not be empty; at least one item is needed");
    }
    if (coderA.size() != coderB.size()) {
      throw new IllegalArgumentException(
          "coderA and coderB must have equal lengths (one label per item), but coderA has "
              + coderA.size()
              + " and coderB has "
              + coderB.size());
    }
  }

  /** Returns {distinct sorted codes, their counts}. */
  private static int[][] marginals(int[] codes) {
    int[] sorted = codes.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    int[] values = new int[distinct];
    int[] counts = new int[distinct];
    int d = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        values[++d] = sorted[i];
      }
      counts[d]++;
    }
    return new int[][] {values, counts};
  }

  private static double weight(int i, int j, Weighting weighting) {
    double diff = Math.abs((long) i - (long) j);
    return weighting == Weighting.LINEAR ? diff : diff * diff;
  }
}
