package org.psoscale.dataset.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.psoscale.classifier.typology.TypologyClassification;
import org.psoscale.classifier.typology.TypologyClassifier;
import org.psoscale.classifier.typology.TypologyClassifiers;
import org.psoscale.dataset.PsoDataset;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.ScalingStrategy;
import org.psoscale.model.Typology;
import org.psoscale.model.TypologyCategory;

/**
 * A crosswalk between the paper's strategies and another typology: for labelled cases, the contingency table of
 * each case's reference strategy (the paper's coding) against the category a {@link TypologyClassifier} gives its
 * profile, with Cramér's V.
 *
 * <h2>How cases and figures are counted</h2>
 *
 * <ul>
 *   <li>A case whose classification has no {@linkplain TypologyClassification#primary() primary} category (no
 *       mapped evidence, or a tie at the top) is counted in the table's {@code unclassified} column and left out of
 *       Cramér's V, which is computed on the classified cases only, after dropping empty rows and columns:
 *       {@code V = sqrt(chi2 / (n * (min(r, c) - 1)))}. With fewer than two non-empty rows or columns V is
 *       undefined and reported as such.
 *   <li>The samples are small (27 labelled cases), so most expected counts are below 5 and the chi-square
 *       approximation does not hold: no chi-square p-value is given. Instead a permutation test shuffles the
 *       classified cases' categories {@value #PERMUTATIONS} times (fixed seed {@value #SEED}, so the figures are
 *       reproducible), keeping both margins, and reports the share of shuffles whose V reaches the observed one
 *       ({@code (count + 1) / (shuffles + 1)}) and the mean V under independence, the level V takes by chance on a
 *       table this size (V is biased upwards in small samples).
 *   <li>The categories come from a mapping of profile features (our reading of the typology's definitions), never
 *       from the paper's labels; the figures are reported whatever they are.
 * </ul>
 *
 * <p>A second table counts, per strategy, the cases with any evidence (score above 0) for each category, since a
 * case may fit several categories (Moore et al.'s types are not exclusive).
 *
 * <p>Immutable; computed at construction.
 */
public final class TypologyCrosswalk {
  /** The number of shuffles of the permutation test. */
  public static final int PERMUTATIONS = 9999;

  /** The seed of the permutation test's random shuffles. */
  public static final long SEED = 2004L;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();

  private final TypologyClassifier classifier;
  private final int[][] counts; // [strategy][category], last column unclassified
  private final int[][] evidence; // [strategy][category]: cases with a score above 0
  private final OptionalDouble cramersV;
  private final double permutationP;
  private final double nullMeanV;
  private final int smallExpected;
  private final int cells;
  private final int withoutEvidence;

  private TypologyCrosswalk(List<LabelledProfile> cases, TypologyClassifier classifier) {
    this.classifier = classifier;
    int k = classifier.typology().categories().size();
    counts = new int[STRATEGIES.length][k + 1];
    evidence = new int[STRATEGIES.length][k];
    int[] rows = new int[cases.size()];
    int[] cols = new int[cases.size()];
    int n = 0;
    int noEvidence = 0;
    for (LabelledProfile c : cases) {
      TypologyClassification tc = classifier.classify(c.profile());
      noEvidence += tc.hasEvidence() ? 0 : 1;
      int s = c.label().ordinal();
      Optional<String> primary = tc.primary();
      int col = primary.map(p -> classifier.typology().indexOf(p)).orElse(k);
      counts[s][col]++;
      for (int j = 0; j < k; j++) {
        if (tc.score(classifier.typology().categoryIds().get(j)) > 0) {
          evidence[s][j]++;
        }
      }
      if (col < k) {
        rows[n] = s;
        cols[n] = col;
        n++;
      }
    }
    withoutEvidence = noEvidence;
    int[][] table = table(rows, cols, n, k);
    cramersV = cramersV(table);
    int[] expected = smallExpected(table);
    smallExpected = expected[0];
    cells = expected[1];
    if (cramersV.isPresent()) {
      Random random = new Random(SEED);
      int[] shuffled = java.util.Arrays.copyOf(cols, n);
      int reach = 0;
      double sum = 0;
      double observed = cramersV.getAsDouble();
      for (int p = 0; p < PERMUTATIONS; p++) {
        for (int i = n - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = shuffled[i];
          shuffled[i] = shuffled[j];
          shuffled[j] = t;
        }
        double v = cramersV(table(rows, shuffled, n, k)).orElse(0);
        sum += v;
        if (v >= observed - 1e-12) {
          reach++;
        }
      }
      permutationP = (reach + 1.0) / (PERMUTATIONS + 1.0);
      nullMeanV = sum / PERMUTATIONS;
    } else {
      permutationP = Double.NaN;
      nullMeanV = Double.NaN;
    }
  }

  private static int[][] table(int[] rows, int[] cols, int n, int k) {
    int[][] t = new int[STRATEGIES.length][k];
    for (int i = 0; i < n; i++) {
      t[rows[i]][cols[i]]++;
    }
    return t;
  }

  /**
   * Cramér's V of a contingency table after dropping empty rows and columns.
   *
   * @param table counts, rows by columns; not null, rectangular, non-negative
   * @return V in [0, 1], or empty with fewer than two non-empty rows or columns
   */
  static OptionalDouble cramersV(int[][] table) {
    int r = table.length;
    int c = table[0].length;
    double[] rowSum = new double[r];
    double[] colSum = new double[c];
    double n = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        rowSum[i] += table[i][j];
        colSum[j] += table[i][j];
        n += table[i][j];
      }
    }
    int rows = 0;
    int cols = 0;
    for (double s : rowSum) {
      rows += s > 0 ? 1 : 0;
    }
    for (double s : colSum) {
      cols += s > 0 ? 1 : 0;
    }
    if (rows < 2 || cols < 2) {
      return OptionalDouble.empty();
    }
    double chi2 = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        if (rowSum[i] > 0 && colSum[j] > 0) {
          double e = rowSum[i] * colSum[j] / n;
          chi2 += (table[i][j] - e) * (table[i][j] - e) / e;
        }
      }
    }
    return OptionalDouble.of(Math.min(1.0, Math.sqrt(chi2 / (n * (Math.min(rows, cols) - 1)))));
  }

  /** {cells with expected count below 5, cells} over the non-empty rows and columns. */
  private static int[] smallExpected(int[][] table) {
    int r = table.length;
    int c = table[0].length;
    double[] rowSum = new double[r];
    double[] colSum = new double[c];
    double n = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        rowSum[i] += table[i][j];
        colSum[j] += table[i][j];
        n += table[i][j];
      }
    }
    int small = 0;
    int cells = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        if (rowSum[i] > 0 && colSum[j] > 0) {
          cells++;
          if (rowSum[i] * colSum[j] / n < 5) {
            small++;
          }
        }
      }
    }
    return new int[] {small, cells};
  }

  /**
   * The crosswalk of labelled cases with one classifier.
   *
   * @param cases the labelled cases (reference strategy and profile); not null, no null elements
   * @param classifier the classifier of the other typology; not null
   * @return the crosswalk
   * @throws NullPointerException if an argument or element is null
   */
  public static TypologyCrosswalk of(List<LabelledProfile> cases, TypologyClassifier classifier) {
    requireNonNull(classifier, "classifier");
    return new TypologyCrosswalk(ImmutableList.copyOf(requireNonNull(cases, "cases")), classifier);
  }

  /**
   * The crosswalks of a data set's labelled cases with the bundled mapping of every built-in typology other than
   * the paper's, in {@link Typology#builtIns()} order.
   *
   * @param dataset the cases; not null
   * @return one crosswalk per other built-in typology
   * @throws NullPointerException if {@code dataset} is null
   */
  public static ImmutableList<TypologyCrosswalk> of(PsoDataset dataset) {
    requireNonNull(dataset, "dataset");
    ImmutableList.Builder<TypologyCrosswalk> out = ImmutableList.builder();
    for (Typology t : Typology.builtIns()) {
      if (!t.equals(Typology.paper())) {
        out.add(of(dataset.labelled(), TypologyClassifiers.bundled(t)));
      }
    }
    return out.build();
  }

  /** {@return the crosswalks of {@link PsoDataset#bundled()}: the paper's 27 labelled cases} */
  public static ImmutableList<TypologyCrosswalk> bundled() {
    return of(PsoDataset.bundled());
  }

  /**
   * Prints the crosswalks of a data set's labelled cases (the main job's part), or nothing when it has fewer than
   * two labelled cases.
   *
   * @param dataset the cases; not null
   * @param console where to print; not null
   * @throws NullPointerException if an argument is null
   */
  public static void print(PsoDataset dataset, PrintStream console) {
    requireNonNull(console, "console");
    if (requireNonNull(dataset, "dataset").labelled().size() < 2) {
      return;
    }
    console.println(renderAll(of(dataset)));
  }

  /** {@return the classifier of the other typology} */
  public TypologyClassifier classifier() {
    return classifier;
  }

  /**
   * The number of cases with a reference strategy and a category.
   *
   * @param strategy the reference strategy; not null
   * @param category a category id, or empty for the unclassified cases
   * @return the count
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the category is not one of the typology's
   */
  public int count(ScalingStrategy strategy, Optional<String> category) {
    requireNonNull(strategy, "strategy");
    int k = classifier.typology().categories().size();
    int col = requireNonNull(category, "category").map(id -> classifier.typology().indexOf(
        classifier.typology().category(id).id())).orElse(k);
    return counts[strategy.ordinal()][col];
  }

  /** {@return the number of cases} */
  public int total() {
    int t = 0;
    for (int[] row : counts) {
      for (int v : row) {
        t += v;
      }
    }
    return t;
  }

  /** {@return the number of cases without a primary category} */
  public int unclassified() {
    int k = classifier.typology().categories().size();
    int t = 0;
    for (int[] row : counts) {
      t += row[k];
    }
    return t;
  }

  /** {@return the number of unclassified cases without any mapped evidence (the others are ties at the top)} */
  public int withoutEvidence() {
    return withoutEvidence;
  }

  /** {@return cramér's V over the classified cases; empty with fewer than two non-empty rows or columns} */
  public OptionalDouble cramersV() {
    return cramersV;
  }

  /** {@return the permutation test's p-value ({@value #PERMUTATIONS} shuffles); NaN when V is undefined} */
  public double permutationP() {
    return permutationP;
  }

  /** {@return the mean V over the shuffles: its level under independence; NaN when V is undefined} */
  public double nullMeanV() {
    return nullMeanV;
  }

  /** {@return the crosswalk as fixed-width text: the table, the column legend, V and how it was computed} */
  public String render() {
    Typology t = classifier.typology();
    int k = t.categories().size();
    StringBuilder out = new StringBuilder();
    out.append("Paper's strategy (reference) against ").append(t.name()).append(" [").append(t.id()).append("], ")
        .append(total()).append(" cases; categories from ").append(classifier.name()).append(" (our reading)\n");
    int labelWidth = 26;
    List<String> headers = new java.util.ArrayList<>(t.categoryIds());
    headers.add("unclassified");
    headers.add("total");
    out.append(pad("reference \\ mapped", labelWidth));
    for (String h : headers) {
      out.append("  ").append(h);
    }
    out.append('\n');
    int[] colTotals = new int[k + 1];
    for (ScalingStrategy s : STRATEGIES) {
      out.append(pad(s.label(), labelWidth));
      int rowTotal = 0;
      for (int j = 0; j <= k; j++) {
        out.append("  ").append(left(Integer.toString(counts[s.ordinal()][j]), headers.get(j).length()));
        rowTotal += counts[s.ordinal()][j];
        colTotals[j] += counts[s.ordinal()][j];
      }
      out.append("  ").append(left(Integer.toString(rowTotal), 5)).append('\n');
    }
    out.append(pad("total", labelWidth));
    for (int j = 0; j <= k; j++) {
      out.append("  ").append(left(Integer.toString(colTotals[j]), headers.get(j).length()));
    }
    out.append("  ").append(left(Integer.toString(total()), 5)).append('\n');
    out.append("columns: ");
    for (int j = 0; j < k; j++) {
      TypologyCategory c = t.categories().get(j);
      out.append(j > 0 ? "; " : "").append(c.id()).append(" = ").append(c.label())
          .append(c.definitionVerified() ? "" : " (definition unverified)");
    }
    out.append('\n');
    int classified = total() - unclassified();
    if (cramersV.isPresent()) {
      out.append(String.format(Locale.ROOT,
          "Cramér's V %.3f over %d classified cases (%d unclassified left out: %d without mapped evidence, %d tied);"
              + " expected count below 5 in %d of %d cells, so no chi-square p-value%n",
          cramersV.getAsDouble(), classified, unclassified(), withoutEvidence, unclassified() - withoutEvidence,
          smallExpected, cells));
      out.append(String.format(Locale.ROOT,
          "  permutation test (%d shuffles, seed %d): p = %.3f; mean V under independence %.3f%n",
          PERMUTATIONS, SEED, permutationP, nullMeanV));
    } else {
      out.append(String.format(Locale.ROOT,
          "Cramér's V undefined: the %d classified cases fill fewer than two rows or columns (%d unclassified: %d"
              + " without mapped evidence, %d tied)%n",
          classified, unclassified(), withoutEvidence, unclassified() - withoutEvidence));
    }
    out.append("Cases with any evidence for a category (not exclusive)\n");
    out.append(pad("reference", labelWidth));
    for (int j = 0; j < k; j++) {
      out.append("  ").append(headers.get(j));
    }
    out.append('\n');
    for (ScalingStrategy s : STRATEGIES) {
      out.append(pad(s.label(), labelWidth));
      for (int j = 0; j < k; j++) {
        out.append("  ").append(left(Integer.toString(evidence[s.ordinal()][j]), headers.get(j).length()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Renders several crosswalks one after the other, separated by blank lines.
   *
   * @param crosswalks the crosswalks; not null
   * @return the text
   * @throws NullPointerException if the list or an element is null
   */
  public static String renderAll(List<TypologyCrosswalk> crosswalks) {
    StringBuilder out = new StringBuilder();
    for (TypologyCrosswalk c : requireNonNull(crosswalks, "crosswalks")) {
      out.append(out.length() > 0 ? "\n" : "").append(c.render());
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String left(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }
}
