package org.psoscale.classifier.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {

  private static final double EPS = 1e-12;

  /**
   * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers
   * (rows A-D) x 12 units, null = missing. Published results: nominal alpha = 0.743, interval
   * alpha = 0.849. Exact values, computed independently with rational arithmetic from the
   * pairwise definition: nominal 113/152 = 0.743421..., interval 951/1120 = 0.849107..., ratio
   * 18222619/22852465 = 0.797403... (the ratio figure is our own computation, not a published
   * one).
   */
  private static final Double[][] KRIPPENDORFF_2011 = {
    {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, null, null, null},
    {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, null, 3.0},
    {null, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, null},
    {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, null},
  };

  /**
   * The worked example of the Wikipedia article "Fleiss' kappa" (10 subjects x 5 categories, 14
   * raters each), which reports P-bar = 0.378, P-bar_e = 0.213 and kappa = 0.210. Exact values:
   * P-bar = 172/455, p_j = (0.143, 0.200, 0.279, 0.150, 0.229), kappa = 4211/20059 = 0.2099307...
   */
  private static final int[][] FLEISS_WIKIPEDIA = {
    {0, 0, 0, 0, 14},
    {0, 2, 6, 4, 2},
    {0, 0, 3, 5, 6},
    {0, 3, 9, 2, 0},
    {2, 2, 8, 1, 1},
    {7, 7, 0, 0, 0},
    {3, 2, 6, 3, 0},
    {2, 5, 3, 2, 2},
    {6, 5, 2, 1, 0},
    {0, 2, 2, 3, 7},
  };

  private static <T> List<T> repeat(T value, int times) {
    return new ArrayList<>(Collections.nCopies(times, value));
  }

  private static void assertThrowsWithMessage(
      Class<? extends RuntimeException> type, Executable call, String... fragments) {
    RuntimeException e = assertThrows(type, call);
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage() != null && e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' should contain '" + fragment + "'");
    }
  }

  @Test
  void isANonInstantiableUtilityClass() throws Exception {
    assertTrue(Modifier.isFinal(Agreement.class.getModifiers()));
    Constructor<Agreement> ctor = Agreement.class.getDeclaredConstructor();
    assertTrue(Modifier.isPrivate(ctor.getModifiers()));
    ctor.setAccessible(true);
    InvocationTargetException e = assertThrows(InvocationTargetException.class, ctor::newInstance);
    assertTrue(e.getCause() instanceof AssertionError);
  }

  @Nested
  class CohensKappa {

    /**
     * Wikipedia "Cohen's kappa", worked example: 50 proposals, both Yes 20, A Yes / B No 5, A No /
     * B Yes 10, both No 15. p_o = 35/50 = 0.7; A says Yes 25/50, B says Yes 30/50, so p_e = 0.5 *
     * 0.6 + 0.5 * 0.4 = 0.5 and kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
     */
    @Test
    void reproducesTheWikipediaTwoByTwoExample() {
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      addPairs(a, b, "Yes", "Yes", 20);
      addPairs(a, b, "Yes", "No", 5);
      addPairs(a, b, "No", "Yes", 10);
      addPairs(a, b, "No", "No", 15);
      assertEquals(0.4, Agreement.cohensKappa(a, b), EPS);
      assertEquals(AgreementBand.FAIR, AgreementBand.of(Agreement.cohensKappa(a, b)));
    }

    private void addPairs(List<String> a, List<String> b, String la, String lb, int times) {
      a.addAll(repeat(la, times));
      b.addAll(repeat(lb, times));
    }

    /**
     * Three categories, hand computed: A = 1,1,1,2,2,2,3,3,3,3 and B = 1,1,2,2,2,3,3,3,1,2. p_o =
     * 6/10; marginals A (3,3,4), B (3,4,3) so p_e = (9 + 12 + 12)/100 = 0.33; kappa = 0.27 / 0.67
     * = 27/67.
     */
    @Test
    void threeCategoryHandComputedExample() {
      List<Integer> a = List.of(1, 1, 1, 2, 2, 2, 3, 3, 3, 3);
      List<Integer> b = List.of(1, 1, 2, 2, 2, 3, 3, 3, 1, 2);
      assertEquals(27.0 / 67.0, Agreement.cohensKappa(a, b), EPS);
    }

    @Test
    void perfectAgreementIsOneAndSystematicDisagreementIsMinusOne() {
      List<String> a = List.of("x", "y", "x", "y");
      assertEquals(1.0, Agreement.cohensKappa(a, a));
      // p_o = 0, p_e = 0.5 -> kappa = -1
      assertEquals(-1.0, Agreement.cohensKappa(a, List.of("y", "x", "y", "x")));
    }

    @Test
    void disjointSingleLabelsGiveZeroNotNaN() {
      // p_o = 0 and p_e = 0: kappa = 0 / 1 = 0, not a degenerate case.
      assertEquals(0.0, Agreement.cohensKappa(List.of("x", "x"), List.of("y", "y")));
    }

    @Test
    void isNaNWhenBothCodersUseTheSameSingleCategory() {
      assertTrue(Double.isNaN(Agreement.cohensKappa(List.of("x", "x", "x"), List.of("x", "x", "x"))));
      assertTrue(Double.isNaN(Agreement.cohensKappa(List.of(7), List.of(7))));
    }

    @Test
    void isNotDegenerateWhenOnlyOneCoderIsConstant() {
      // A constant, B varies: p_o = 1/2, p_e = 1/2 -> kappa = 0
      assertEquals(0.0, Agreement.cohensKappa(List.of("x", "x"), List.of("x", "y")));
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
      assertThrowsWithMessage(
          NullPointerException.class, () -> Agreement.cohensKappa(null, List.of(1)), "coderA");
      assertThrowsWithMessage(
          NullPointerException.class, () -> Agreement.cohensKappa(List.of(1), null), "coderB");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.cohensKappa(List.of(), List.of()),
          "coderA",
          "empty");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.cohensKappa(List.of(1, 2), List.of(1)),
          "equal lengths",
          "2",
          "1");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.cohensKappa(Arrays.asList(1, 2), Arrays.asList(1, null)),
          "coderB[1]",
          "non-null");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.cohensKappa(Arrays.asList(null, 2), Arrays.asList(1, 2)),
          "coderA[0]");
    }
  }

  @Nested
  class WeightedCohensKappa {

    /**
     * Same data as the three-category Cohen example. Disagreements: (1,2), (2,3), (3,1) twice,
     * (3,2). Linear: observed sum of |i-j| = 5; chance sum over marginals A (3,3,4), B (3,4,3) of
     * nA_i nB_j |i-j| = 30 + 18 + 40 = 88; kappa = 1 - 10 * 5 / 88 = 19/44. Quadratic: observed 7,
     * chance 48 + 18 + 64 = 130; kappa = 1 - 70/130 = 6/13.
     */
    @Test
    void handComputedLinearAndQuadraticExample() {
      int[] a = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3};
      int[] b = {1, 1, 2, 2, 2, 3, 3, 3, 1, 2};
      assertEquals(
          19.0 / 44.0, Agreement.weightedCohensKappa(a, b, Agreement.Weighting.LINEAR), EPS);
      assertEquals(
          6.0 / 13.0, Agreement.weightedCohensKappa(a, b, Agreement.Weighting.QUADRATIC), EPS);
    }

    @Test
    void equalsPlainKappaWithTwoCategories() {
      int[] a = {0, 0, 0, 5, 5, 0, 5, 5, 0};
      int[] b = {0, 5, 0, 5, 5, 0, 0, 5, 5};
      double plain =
          Agreement.cohensKappa(
              Arrays.stream(a).boxed().toList(), Arrays.stream(b).boxed().toList());
      for (Agreement.Weighting w : Agreement.Weighting.values()) {
        assertEquals(plain, Agreement.weightedCohensKappa(a, b, w), EPS, w.name());
      }
    }

    @Test
    void usesCodesAsScoresNotRanks() {
      // codes {1, 2, 10}: a 1-vs-10 disagreement weighs more than a 1-vs-2 one
      int[] a = {1, 2, 10, 1, 2, 10};
      int[] nearMiss = {2, 2, 10, 1, 2, 10};
      int[] farMiss = {10, 2, 10, 1, 2, 10};
      assertTrue(
          Agreement.weightedCohensKappa(a, nearMiss, Agreement.Weighting.LINEAR)
              > Agreement.weightedCohensKappa(a, farMiss, Agreement.Weighting.LINEAR));
    }

    @Test
    void isNaNWhenBothCodersUseTheSameSingleCode() {
      assertTrue(
          Double.isNaN(
              Agreement.weightedCohensKappa(
                  new int[] {3, 3}, new int[] {3, 3}, Agreement.Weighting.QUADRATIC)));
      assertEquals(
          0.0,
          Agreement.weightedCohensKappa(
              new int[] {3, 3}, new int[] {4, 4}, Agreement.Weighting.LINEAR));
    }

    @Test
    void rejectsBadInput() {
      int[] one = {1};
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.weightedCohensKappa(null, one, Agreement.Weighting.LINEAR),
          "coderA");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.weightedCohensKappa(one, null, Agreement.Weighting.LINEAR),
          "coderB");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.weightedCohensKappa(one, one, null),
          "weighting");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () ->
              Agreement.weightedCohensKappa(new int[0], new int[0], Agreement.Weighting.LINEAR),
          "empty");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () ->
              Agreement.weightedCohensKappa(
                  new int[] {1, 2}, one, Agreement.Weighting.QUADRATIC),
          "equal lengths");
    }
  }

  @Nested
  class FleissKappa {

    @Test
    void reproducesTheWikipediaFleissExample() {
      double kappa = Agreement.fleissKappa(FLEISS_WIKIPEDIA);
      assertEquals(0.210, kappa, 0.0005);
      assertEquals(4211.0 / 20059.0, kappa, EPS);
      assertEquals(AgreementBand.FAIR, AgreementBand.of(kappa));
    }

    @Test
    void doesNotModifyItsInput() {
      int[][] copy = Arrays.stream(FLEISS_WIKIPEDIA).map(int[]::clone).toArray(int[][]::new);
      Agreement.fleissKappa(copy);
      assertTrue(Arrays.deepEquals(FLEISS_WIKIPEDIA, copy));
    }

    @Test
    void perfectAgreementWithSeveralCategoriesIsOne() {
      assertEquals(1.0, Agreement.fleissKappa(new int[][] {{3, 0}, {0, 3}, {3, 0}}), EPS);
    }

    @Test
    void twoRatersGiveScottsPi() {
      // Ratings (x,x), (x,y), (y,y), (y,y): p_o = 3/4; pooled p_x = 3/8, p_y = 5/8;
      // p_e = 9/64 + 25/64 = 34/64; pi = (48/64 - 34/64) / (30/64) = 14/30.
      assertEquals(
          14.0 / 30.0, Agreement.fleissKappa(new int[][] {{2, 0}, {1, 1}, {0, 2}, {0, 2}}), EPS);
    }

    @Test
    void isNaNWhenAllRatingsFallIntoOneCategory() {
      assertTrue(Double.isNaN(Agreement.fleissKappa(new int[][] {{0, 4, 0}, {0, 4, 0}})));
      assertTrue(Double.isNaN(Agreement.fleissKappa(new int[][] {{5}})));
    }

    @Test
    void rejectsBadInputNamingTheRow() {
      assertThrowsWithMessage(
          NullPointerException.class, () -> Agreement.fleissKappa(null), "counts");
      assertThrowsWithMessage(
          IllegalArgumentException.class, () -> Agreement.fleissKappa(new int[0][]), "at least one row");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.fleissKappa(new int[][] {{}}),
          "counts[0]",
          "category");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.fleissKappa(new int[][] {{1, 1}, null}),
          "counts[1]");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.fleissKappa(new int[][] {{1, 1}, {1, 1}, {2, 0, 0}}),
          "counts[2]",
          "same length");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.fleissKappa(new int[][] {{2, 1}, {1, 2}, {2, 2}}),
          "counts[2] sums to 4",
          "counts[0] sums to 3");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.fleissKappa(new int[][] {{3, 0}, {4, -1}}),
          "counts[1][1]",
          "non-negative");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.fleissKappa(new int[][] {{1, 0}, {0, 1}}),
          "n >= 2");
    }
  }

  @Nested
  class KrippendorffsAlpha {

    @Test
    void reproducesKrippendorffs2011NominalExample() {
      double alpha = Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Agreement.Metric.NOMINAL);
      assertEquals(0.743, alpha, 0.0005);
      assertEquals(113.0 / 152.0, alpha, EPS);
    }

    @Test
    void reproducesKrippendorffs2011IntervalExample() {
      double alpha = Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Agreement.Metric.INTERVAL);
      assertEquals(0.849, alpha, 0.0005);
      assertEquals(951.0 / 1120.0, alpha, EPS);
    }

    @Test
    void ratioMetricOnKrippendorffs2011Data() {
      assertEquals(
          18222619.0 / 22852465.0,
          Agreement.krippendorffsAlpha(KRIPPENDORFF_2011, Agreement.Metric.RATIO),
          EPS);
    }

    @Test
    void genericNominalOverloadMatchesNumericNominal() {
      // the same 2011 data, coded as letters: 1 -> "a", 2 -> "b", ...
      List<List<String>> letters = new ArrayList<>();
      for (Double[] row : KRIPPENDORFF_2011) {
        List<String> coder = new ArrayList<>();
        for (Double v : row) {
          coder.add(v == null ? null : String.valueOf((char) ('a' + v.intValue() - 1)));
        }
        letters.add(coder);
      }
      assertEquals(113.0 / 152.0, Agreement.krippendorffsAlpha(letters), EPS);
    }

    @Test
    void dropsUnitsWithFewerThanTwoValues() {
      Double[][] base = {{1.0, 2.0, 1.0, 2.0}, {1.0, 2.0, 2.0, 2.0}};
      Double[][] withSingletons = {
        {1.0, 2.0, 1.0, 2.0, 9.0, null}, {1.0, 2.0, 2.0, 2.0, null, null},
      };
      for (Agreement.Metric m : Agreement.Metric.values()) {
        assertEquals(
            Agreement.krippendorffsAlpha(base, m),
            Agreement.krippendorffsAlpha(withSingletons, m),
            EPS,
            m.name());
      }
    }

    @Test
    void negativeZeroEqualsZero() {
      Double[][] data = {{0.0, 1.0, 1.0}, {-0.0, 1.0, 0.0}};
      Double[][] same = {{0.0, 1.0, 1.0}, {0.0, 1.0, 0.0}};
      assertEquals(
          Agreement.krippendorffsAlpha(same, Agreement.Metric.NOMINAL),
          Agreement.krippendorffsAlpha(data, Agreement.Metric.NOMINAL));
    }

    @Test
    void isNaNWhenNothingIsPairable() {
      Double[][] data = {{1.0, null, null}, {null, 2.0, null}, {null, null, 3.0}};
      assertTrue(Double.isNaN(Agreement.krippendorffsAlpha(data, Agreement.Metric.INTERVAL)));
      assertTrue(
          Double.isNaN(Agreement.krippendorffsAlpha(List.of(List.of("a", "b", "c")))),
          "a single coder never yields pairable values");
    }

    @Test
    void isNaNWhenAllPairableValuesAreEqual() {
      // D_e = 0: the unpaired 9.0 is dropped, everything else is 4.0
      Double[][] data = {{4.0, 4.0, 9.0}, {4.0, 4.0, null}};
      for (Agreement.Metric m : Agreement.Metric.values()) {
        assertTrue(Double.isNaN(Agreement.krippendorffsAlpha(data, m)), m.name());
      }
      assertTrue(
          Double.isNaN(
              Agreement.krippendorffsAlpha(List.of(List.of("x", "x"), List.of("x", "x")))));
    }

    @Test
    void rejectsBadNumericInputNamingTheCell() {
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.krippendorffsAlpha((Double[][]) null, Agreement.Metric.NOMINAL),
          "reliabilityData");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.krippendorffsAlpha(new Double[][] {{1.0}}, null),
          "metric");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.krippendorffsAlpha(new Double[0][], Agreement.Metric.NOMINAL),
          "at least one coder");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.krippendorffsAlpha(new Double[][] {{}}, Agreement.Metric.NOMINAL),
          "at least one unit");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.krippendorffsAlpha(new Double[][] {{1.0}, null}, Agreement.Metric.NOMINAL),
          "reliabilityData[1]");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () ->
              Agreement.krippendorffsAlpha(
                  new Double[][] {{1.0, 2.0}, {1.0}}, Agreement.Metric.INTERVAL),
          "reliabilityData[1] has 1 units",
          "2");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () ->
              Agreement.krippendorffsAlpha(
                  new Double[][] {{1.0, 2.0}, {1.0, Double.NaN}}, Agreement.Metric.INTERVAL),
          "reliabilityData[1][1]",
          "finite");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () ->
              Agreement.krippendorffsAlpha(
                  new Double[][] {{Double.POSITIVE_INFINITY}}, Agreement.Metric.NOMINAL),
          "reliabilityData[0][0]");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () ->
              Agreement.krippendorffsAlpha(
                  new Double[][] {{1.0, 2.0}, {-1.0, 2.0}}, Agreement.Metric.RATIO),
          "reliabilityData[1][0]",
          "non-negative");
      // negative values are fine for the interval metric
      Agreement.krippendorffsAlpha(new Double[][] {{1.0, 2.0}, {-1.0, 2.0}}, Agreement.Metric.INTERVAL);
    }

    @Test
    void rejectsBadGenericInput() {
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.krippendorffsAlpha((List<List<String>>) null),
          "reliabilityData");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.krippendorffsAlpha(List.of()),
          "at least one coder");
      assertThrowsWithMessage(
          NullPointerException.class,
          () -> Agreement.krippendorffsAlpha(Arrays.asList(List.of("a"), null)),
          "reliabilityData[1]");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> Agreement.krippendorffsAlpha(List.of(List.of("a", "b"), List.of("a"))),
          "reliabilityData[1]",
          "same units");
    }
  }

  @Nested
  class Bands {

    @ParameterizedTest
    @CsvSource({
      "-1.0, POOR",
      "-0.0001, POOR",
      "-0.0, SLIGHT",
      "0.0, SLIGHT",
      "0.2, SLIGHT",
      "0.20000000000000004, FAIR",
      "0.21, FAIR",
      "0.4, FAIR",
      "0.41, MODERATE",
      "0.6, MODERATE",
      "0.61, SUBSTANTIAL",
      "0.8, SUBSTANTIAL",
      "0.8000001, ALMOST_PERFECT",
      "1.0, ALMOST_PERFECT",
    })
    void classifiesWithUpperInclusiveBounds(double kappa, AgreementBand expected) {
      assertEquals(expected, AgreementBand.of(kappa));
    }

    @Test
    void bandsTileMinusOneToOne() {
      AgreementBand[] bands = AgreementBand.values();
      assertEquals(-1.0, bands[0].lowerBound());
      assertEquals(1.0, bands[bands.length - 1].upperBound());
      for (int i = 1; i < bands.length; i++) {
        assertEquals(bands[i - 1].upperBound(), bands[i].lowerBound());
        assertEquals(bands[i], AgreementBand.of(Math.nextUp(bands[i].lowerBound())));
        assertEquals(bands[i], AgreementBand.of(bands[i].upperBound()));
      }
    }

    @Test
    void carriesLandisAndKochLabels() {
      assertEquals("Poor", AgreementBand.POOR.label());
      assertEquals("Slight", AgreementBand.SLIGHT.label());
      assertEquals("Fair", AgreementBand.FAIR.label());
      assertEquals("Moderate", AgreementBand.MODERATE.label());
      assertEquals("Substantial", AgreementBand.SUBSTANTIAL.label());
      assertEquals("Almost perfect", AgreementBand.ALMOST_PERFECT.label());
    }

    @Test
    void rejectsNaNAndOutOfRange() {
      assertThrowsWithMessage(
          IllegalArgumentException.class, () -> AgreementBand.of(Double.NaN), "NaN");
      assertThrowsWithMessage(
          IllegalArgumentException.class, () -> AgreementBand.of(1.0000001), "[-1, 1]", "1.0000001");
      assertThrowsWithMessage(
          IllegalArgumentException.class, () -> AgreementBand.of(-1.5), "[-1, 1]");
      assertThrowsWithMessage(
          IllegalArgumentException.class,
          () -> AgreementBand.of(Double.NEGATIVE_INFINITY),
          "[-1, 1]");
    }
  }
}
