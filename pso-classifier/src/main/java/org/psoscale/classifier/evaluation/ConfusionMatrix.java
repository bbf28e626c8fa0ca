package org.psoscale.classifier.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.psoscale.model.ScalingStrategy;

/**
 * Counts of cases by reference strategy (rows) and predicted strategy (columns), with one more column for the
 * <em>unclassified</em> cases (no primary strategy). Immutable and thread-safe; held as an {@code int} array,
 * hence written by hand.
 */
public final class ConfusionMatrix implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ScalingStrategy[] STRATEGIES = ScalingStrategy.values();
  private static final int UNCLASSIFIED = STRATEGIES.length;

  private final int[][] counts;

  private ConfusionMatrix(int[][] counts) {
    this.counts = counts;
  }

  /**
   * Tallies case predictions.
   *
   * @param predictions the cases; not null, no null elements
   * @return the matrix
   * @throws NullPointerException if the list or an element is null
   */
  public static ConfusionMatrix from(List<CasePrediction> predictions) {
    requireNonNull(predictions, "predictions");
    int[][] counts = new int[STRATEGIES.length][STRATEGIES.length + 1];
    for (CasePrediction p : predictions) {
      requireNonNull(p, "predictions: null element");
      counts[p.reference().ordinal()][p.predicted().map(Enum::ordinal).orElse(UNCLASSIFIED)]++;
    }
    return new ConfusionMatrix(counts);
  }

  /**
   * The number of cases with this reference and this prediction.
   *
   * @param reference the row; not null
   * @param predicted the column; empty for the unclassified column; not null
   * @return the count
   * @throws NullPointerException if an argument is null
   */
  public int count(ScalingStrategy reference, Optional<ScalingStrategy> predicted) {
    requireNonNull(predicted, "predicted");
    return counts[requireNonNull(reference, "reference").ordinal()][predicted.map(Enum::ordinal).orElse(UNCLASSIFIED)];
  }

  /**
   * The number of cases with this reference predicted as {@code predicted}.
   *
   * @param reference the row; not null
   * @param predicted the column; not null
   * @return the count
   * @throws NullPointerException if an argument is null
   */
  public int count(ScalingStrategy reference, ScalingStrategy predicted) {
    return count(reference, Optional.of(requireNonNull(predicted, "predicted")));
  }

  /**
   * The number of cases with this reference left unclassified.
   *
   * @param reference the row; not null
   * @return the count
   * @throws NullPointerException if {@code reference} is null
   */
  public int unclassified(ScalingStrategy reference) {
    return count(reference, Optional.empty());
  }

  /**
   * The row total: cases with this reference.
   *
   * @param reference the row; not null
   * @return the count
   * @throws NullPointerException if {@code reference} is null
   */
  public int referenceTotal(ScalingStrategy reference) {
    return Arrays.stream(counts[requireNonNull(reference, "reference").ordinal()]).sum();
  }

  /**
   * The column total: cases predicted as this strategy.
   *
   * @param predicted the column; not null
   * @return the count
   * @throws NullPointerException if {@code predicted} is null
   */
  public int predictedTotal(ScalingStrategy predicted) {
    return column(requireNonNull(predicted, "predicted").ordinal());
  }

  /** {@return all unclassified cases} */
  public int unclassifiedTotal() {
    return column(UNCLASSIFIED);
  }

  private int column(int c) {
    int sum = 0;
    for (int[] row : counts) {
      sum += row[c];
    }
    return sum;
  }

  /** {@return all cases} */
  public int total() {
    return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
  }

  /** {@return cases on the diagonal: predicted as their reference} */
  public int correct() {
    int sum = 0;
    for (int i = 0; i < STRATEGIES.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  /**
   * The matrix as text: one row per reference strategy, one column per predicted strategy (abbreviated, with a
   * legend), then "unclassified" and row totals, then a row of column totals.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    String first = "%-28s";
    out.append(String.format(Locale.ROOT, first, "reference \\ predicted"));
    for (ScalingStrategy s : STRATEGIES) {
      out.append(String.format(Locale.ROOT, "%6s", abbreviation(s)));
    }
    out.append(String.format(Locale.ROOT, "%14s%7s\n", "unclassified", "total"));
    for (ScalingStrategy r : STRATEGIES) {
      out.append(String.format(Locale.ROOT, first, r.label()));
      for (int c = 0; c <= STRATEGIES.length; c++) {
        out.append(String.format(Locale.ROOT, c == UNCLASSIFIED ? "%14d" : "%6d", counts[r.ordinal()][c]));
      }
      out.append(String.format(Locale.ROOT, "%7d\n", referenceTotal(r)));
    }
    out.append(String.format(Locale.ROOT, first, "total"));
    for (int c = 0; c <= STRATEGIES.length; c++) {
      out.append(String.format(Locale.ROOT, c == UNCLASSIFIED ? "%14d" : "%6d", column(c)));
    }
    out.append(String.format(Locale.ROOT, "%7d\n", total()));
    out.append("columns:");
    for (ScalingStrategy s : STRATEGIES) {
      out.append(' ').append(abbreviation(s)).append(" = ").append(s.label()).append(';');
    }
    out.setLength(out.length() - 1);
    return out.append('\n').toString();
  }

  /** The first four letters of the constant's name, e.g. {@code GEOG}. */
  static String abbreviation(ScalingStrategy s) {
    return s.name().substring(0, Math.min(4, s.name().length()));
  }

  /** Equal when every count is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix && Arrays.deepEquals(counts, ((ConfusionMatrix) o).counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + Arrays.deepToString(counts);
  }

  private Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(ConfusionMatrix.class);
  }

  /**
   * The serialized form: the counts row by row; read back, each row must have one column per strategy plus the
   * unclassified column, and every count must be non-negative.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(ConfusionMatrix v) {
      super((Object) flatten(v.counts));
    }

    private static int[] flatten(int[][] counts) {
      int[] out = new int[STRATEGIES.length * (STRATEGIES.length + 1)];
      for (int r = 0; r < STRATEGIES.length; r++) {
        System.arraycopy(counts[r], 0, out, r * (STRATEGIES.length + 1), STRATEGIES.length + 1);
      }
      return out;
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      int[] flat = f.get("counts", int[].class);
      int columns = STRATEGIES.length + 1;
      if (flat.length != STRATEGIES.length * columns) {
        throw new java.io.InvalidObjectException("ConfusionMatrix.counts: " + flat.length + " counts, expected "
            + STRATEGIES.length * columns);
      }
      int[][] counts = new int[STRATEGIES.length][columns];
      for (int i = 0; i < flat.length; i++) {
        if (flat[i] < 0) {
          throw new java.io.InvalidObjectException("ConfusionMatrix.counts[" + i + "]: " + flat[i]
              + " is negative");
        }
        counts[i / columns][i % columns] = flat[i];
      }
      return new ConfusionMatrix(counts);
    }
  }
}
