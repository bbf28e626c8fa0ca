package org.psoscale.classifier.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class AgreementPropertiesTest {

  private static final double TOLERANCE = 1e-9;

  /** Two coders' codes over the same items: categories 0..k with k random in 0..4. */
  @Provide
  Arbitrary<List<List<Integer>>> twoCoders() {
    return Arbitraries.integers()
        .between(1, 60)
        .flatMap(
            n ->
                Arbitraries.integers()
                    .between(0, 4)
                    .flatMap(
                        k -> Arbitraries.integers().between(0, k).list().ofSize(n).list().ofSize(2)));
  }

  /** One coder's codes using at least two distinct categories. */
  @Provide
  Arbitrary<List<Integer>> variedCoding() {
    return Arbitraries.integers()
        .between(0, 5)
        .list()
        .ofMinSize(2)
        .ofMaxSize(60)
        .filter(l -> new HashSet<>(l).size() >= 2);
  }

  /** Reliability data: 1..5 coders x 1..15 units, integer values 0..6, about 20% missing. */
  @Provide
  Arbitrary<Double[][]> reliabilityData() {
    return Arbitraries.integers()
        .between(1, 15)
        .flatMap(
            units ->
                Arbitraries.integers()
                    .between(0, 6)
                    .map(Integer::doubleValue)
                    .injectNull(0.2)
                    .array(Double[].class)
                    .ofSize(units)
                    .array(Double[][].class)
                    .ofMinSize(1)
                    .ofMaxSize(5));
  }

  private static boolean sameSingleCategory(List<Integer> a, List<Integer> b) {
    Set<Integer> sa = new HashSet<>(a);
    return sa.size() == 1 && sa.equals(new HashSet<>(b));
  }

  private static void assertSameOrBothNaN(double expected, double actual, double tolerance) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      assertTrue(
          Double.isNaN(expected) && Double.isNaN(actual),
          () -> "expected " + expected + " but got " + actual);
    } else {
      assertEquals(expected, actual, tolerance);
    }
  }

  private static int[] toArray(List<Integer> codes) {
    return codes.stream().mapToInt(Integer::intValue).toArray();
  }

  // ----------------------------------------------------------------- Cohen

  @Property
  void cohensKappaIsExactlySymmetric(@ForAll("twoCoders") List<List<Integer>> coders) {
    double ab = Agreement.cohensKappa(coders.get(0), coders.get(1));
    double ba = Agreement.cohensKappa(coders.get(1), coders.get(0));
    assertEquals(Double.doubleToLongBits(ab), Double.doubleToLongBits(ba), ab + " vs " + ba);
  }

  @Property
  void cohensKappaIsOneForIdenticalVariedCoders(@ForAll("variedCoding") List<Integer> coding) {
    assertEquals(1.0, Agreement.cohensKappa(coding, new ArrayList<>(coding)));
  }

  @Property
  void cohensKappaIsWithinRangeOrNaNOnlyWhenDegenerate(
      @ForAll("twoCoders") List<List<Integer>> coders) {
    List<Integer> a = coders.get(0);
    List<Integer> b = coders.get(1);
    double kappa = Agreement.cohensKappa(a, b);
    if (sameSingleCategory(a, b)) {
      assertTrue(Double.isNaN(kappa), "degenerate case must be NaN, was " + kappa);
    } else {
      assertTrue(kappa >= -1.0 && kappa <= 1.0, "kappa out of [-1, 1]: " + kappa);
    }
  }

  @Property
  void cohensKappaIgnoresLabelNames(@ForAll("twoCoders") List<List<Integer>> coders) {
    // a bijective relabelling (0 -> "cat-3", 1 -> "cat-2", ...) leaves kappa unchanged
    List<String> a = coders.get(0).stream().map(i -> "cat-" + (3 - i)).toList();
    List<String> b = coders.get(1).stream().map(i -> "cat-" + (3 - i)).toList();
    assertSameOrBothNaN(
        Agreement.cohensKappa(coders.get(0), coders.get(1)), Agreement.cohensKappa(a, b), 0.0);
  }

  @Property
  void weightedKappaIsSymmetricAndAtMostOne(@ForAll("twoCoders") List<List<Integer>> coders) {
    int[] a = toArray(coders.get(0));
    int[] b = toArray(coders.get(1));
    for (Agreement.Weighting w : Agreement.Weighting.values()) {
      double ab = Agreement.weightedCohensKappa(a, b, w);
      assertSameOrBothNaN(ab, Agreement.weightedCohensKappa(b, a, w), TOLERANCE);
      assertEquals(sameSingleCategory(coders.get(0), coders.get(1)), Double.isNaN(ab));
      assertTrue(Double.isNaN(ab) || ab <= 1.0 + TOLERANCE, "weighted kappa > 1: " + ab);
    }
  }

  @Property
  void weightedKappaEqualsPlainKappaForBinaryCodes(
      @ForAll("twoCoders") List<List<Integer>> coders) {
    // squash to two codes {0, 3}: any weighting then reduces to 0/1 disagreement
    List<Integer> a = coders.get(0).stream().map(i -> i % 2 == 0 ? 0 : 3).toList();
    List<Integer> b = coders.get(1).stream().map(i -> i % 2 == 0 ? 0 : 3).toList();
    double plain = Agreement.cohensKappa(a, b);
    for (Agreement.Weighting w : Agreement.Weighting.values()) {
      assertSameOrBothNaN(plain, Agreement.weightedCohensKappa(toArray(a), toArray(b), w), TOLERANCE);
    }
  }

  // ----------------------------------------------------------------- Fleiss

  @Property
  void fleissKappaIsInvariantUnderReorderingSubjectsAndCategories(
      @ForAll("twoCoders") List<List<Integer>> coders) {
    int[][] counts = countTable(coders.get(0), coders.get(1));
    double kappa = Agreement.fleissKappa(counts);
    int[][] reordered = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      int[] row = counts[counts.length - 1 - i];
      int[] reversed = new int[row.length];
      for (int j = 0; j < row.length; j++) {
        reversed[j] = row[row.length - 1 - j];
      }
      reordered[i] = reversed;
    }
    assertSameOrBothNaN(kappa, Agreement.fleissKappa(reordered), TOLERANCE);
    assertTrue(Double.isNaN(kappa) || kappa <= 1.0 + TOLERANCE, "Fleiss kappa > 1: " + kappa);
  }

  /** Subjects x 5 categories table of two raters' codes (codes are 0..4). */
  private static int[][] countTable(List<Integer> a, List<Integer> b) {
    int[][] counts = new int[a.size()][5];
    for (int i = 0; i < a.size(); i++) {
      counts[i][a.get(i)]++;
      counts[i][b.get(i)]++;
    }
    return counts;
  }

  // ----------------------------------------------------------------- Krippendorff

  @Property
  void nominalAlphaIsOneForIdenticalVariedCoders(@ForAll("variedCoding") List<Integer> coding) {
    assertEquals(1.0, Agreement.krippendorffsAlpha(List.of(coding, coding)));
    Double[] row = coding.stream().map(Integer::doubleValue).toArray(Double[]::new);
    for (Agreement.Metric m : Agreement.Metric.values()) {
      assertEquals(1.0, Agreement.krippendorffsAlpha(new Double[][] {row, row.clone(), row}, m));
    }
  }

  /**
   * For two coders and no missing data, n = 2N pairable values and Krippendorff's nominal alpha
   * = 1 - (1 - pi)(2N - 1)/(2N), where pi is Scott's pi, i.e. Fleiss' kappa with two raters
   * (Krippendorff 2011 notes alpha's small-sample correction over pi). This ties the two
   * implementations together.
   */
  @Property
  void twoCoderNominalAlphaIsSmallSampleCorrectedScottsPi(
      @ForAll("twoCoders") List<List<Integer>> coders) {
    double alpha = Agreement.krippendorffsAlpha(coders);
    double pi = Agreement.fleissKappa(countTable(coders.get(0), coders.get(1)));
    int units = coders.get(0).size();
    double expected = 1.0 - (1.0 - pi) * (2.0 * units - 1.0) / (2.0 * units);
    assertSameOrBothNaN(expected, alpha, TOLERANCE);
  }

  @Property
  void alphaIsAtMostOneAndIgnoresCoderOrder(@ForAll("reliabilityData") Double[][] data) {
    Double[][] reversed = data.clone();
    Collections.reverse(Arrays.asList(reversed));
    for (Agreement.Metric m : Agreement.Metric.values()) {
      double alpha = Agreement.krippendorffsAlpha(data, m);
      assertTrue(Double.isNaN(alpha) || alpha <= 1.0 + TOLERANCE, m + " alpha > 1: " + alpha);
      assertSameOrBothNaN(alpha, Agreement.krippendorffsAlpha(reversed, m), TOLERANCE);
    }
  }

  @Property
  void intervalAlphaIsInvariantUnderAffineRescaling(@ForAll("reliabilityData") Double[][] data) {
    Double[][] rescaled = new Double[data.length][];
    for (int c = 0; c < data.length; c++) {
      rescaled[c] = new Double[data[c].length];
      for (int u = 0; u < data[c].length; u++) {
        rescaled[c][u] = data[c][u] == null ? null : -3.0 * data[c][u] + 7.5;
      }
    }
    assertSameOrBothNaN(
        Agreement.krippendorffsAlpha(data, Agreement.Metric.INTERVAL),
        Agreement.krippendorffsAlpha(rescaled, Agreement.Metric.INTERVAL),
        TOLERANCE);
    // nominal alpha only looks at equality, so it is unchanged as well
    assertSameOrBothNaN(
        Agreement.krippendorffsAlpha(data, Agreement.Metric.NOMINAL),
        Agreement.krippendorffsAlpha(rescaled, Agreement.Metric.NOMINAL),
        TOLERANCE);
  }

  @Property
  void genericNominalAlphaMatchesNumericNominalAlpha(@ForAll("reliabilityData") Double[][] data) {
    List<List<String>> labels = new ArrayList<>();
    for (Double[] row : data) {
      List<String> coder = new ArrayList<>();
      for (Double v : row) {
        coder.add(v == null ? null : "v" + v.intValue());
      }
      labels.add(coder);
    }
    assertSameOrBothNaN(
        Agreement.krippendorffsAlpha(data, Agreement.Metric.NOMINAL),
        Agreement.krippendorffsAlpha(labels),
        TOLERANCE);
  }

  @Property
  void alphaIsNaNExactlyWhenFewerThanTwoDistinctPairableValues(
      @ForAll("reliabilityData") Double[][] data) {
    Set<Double> pairable = new HashSet<>();
    for (int u = 0; u < data[0].length; u++) {
      List<Double> unit = new ArrayList<>();
      for (Double[] row : data) {
        if (row[u] != null) {
          unit.add(row[u]);
        }
      }
      if (unit.size() >= 2) {
        pairable.addAll(unit);
      }
    }
    boolean degenerate = pairable.size() < 2;
    for (Agreement.Metric m : Agreement.Metric.values()) {
      assertEquals(degenerate, Double.isNaN(Agreement.krippendorffsAlpha(data, m)), m.name());
    }
  }

  // ----------------------------------------------------------------- bands

  @Property
  void everyCoefficientInRangeHasABandWhoseBoundsContainIt(
      @ForAll @DoubleRange(min = -1.0, max = 1.0) double kappa) {
    AgreementBand band = AgreementBand.of(kappa);
    assertTrue(kappa >= band.lowerBound() && kappa <= band.upperBound(), band + " for " + kappa);
    if (band == AgreementBand.POOR) {
      assertTrue(kappa < 0.0);
    } else if (band != AgreementBand.SLIGHT) {
      assertTrue(kappa > band.lowerBound());
    }
  }
}
