package org.psoscale.dataset;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem a loader found in a data set, coding sheet or codebook file: where it is (the record's position and
 * id, a path to the field such as {@code cases[3].pso.sectors[0]} or {@code row 5, column country}, and the line and
 * column in the file where known), the offending value, and what is wrong, with the allowed values or the nearest
 * matches ("did you mean FR?"). A {@link DatasetFormatException} lists every problem of a file up to
 * {@link DatasetFormatException#MAX_PROBLEMS}.
 *
 * <p>Immutable and serializable. The message never names generated implementation classes.
 */
public final class DatasetProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final String caseId;
  private final String path;
  private final String value;
  private final String message;
  private final int line;
  private final int column;

  private DatasetProblem(int position, String caseId, String path, String value, String message, int line,
      int column) {
    this.position = position;
    this.caseId = caseId;
    this.path = path;
    this.value = value;
    this.message = message;
    this.line = line;
    this.column = column;
  }

  /**
   * A problem.
   *
   * @param position the record's position from 0, or -1 when the problem concerns the file as a whole
   * @param caseId the record's id, or null when it has none that could be read
   * @param path where in the record or file, e.g. {@code cases[3].pso.sectors[0]}; not null or blank
   * @param value the offending value as text, or null when there is none
   * @param message what is wrong and what is allowed; not null or blank
   * @param line the 1-based line in the file, or -1 when unknown
   * @param column the 1-based column in the file, or -1 when unknown
   * @return the problem
   * @throws NullPointerException if {@code path} or {@code message} is null
   * @throws IllegalArgumentException if {@code path} or {@code message} is blank
   */
  public static DatasetProblem of(int position, String caseId, String path, String value, String message, int line,
      int column) {
    Checks.notBlank("problem.path", requireNonNull(path, "path"));
    Checks.notBlank("problem.message", requireNonNull(message, "message"));
    return new DatasetProblem(Math.max(position, -1), caseId, path, value, message, line > 0 ? line : -1,
        column > 0 ? column : -1);
  }

  /** {@return the record's position from 0, or empty when the problem concerns the file as a whole} */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** {@return the record's id, if it has one that could be read} */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /** {@return where in the file: a field path such as {@code cases[3].pso.sectors[0]}, or a CSV row and column} */
  public String path() {
    return path;
  }

  /** {@return the offending value as text, if there is one} */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** {@return what is wrong, with the allowed values or the nearest matches} */
  public String message() {
    return message;
  }

  /** {@return the 1-based line in the file, if known} */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** {@return the 1-based column in the file, if known} */
  public OptionalInt column() {
    return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * One line: {@code cases[3] (id 'olio') cases[3].pso.sectors[0] (line 40, column 9): message}.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (caseId != null) {
      s.append("id '").append(caseId).append("', ");
    }
    s.append(path);
    if (line > 0) {
      s.append(" (line ").append(line);
      if (column > 0) {
        s.append(", column ").append(column);
      }
      s.append(')');
    }
    return s.append(": ").append(message).toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DatasetProblem)) {
      return false;
    }
    DatasetProblem p = (DatasetProblem) o;
    return position == p.position && line == p.line && column == p.column && Objects.equals(caseId, p.caseId)
        && path.equals(p.path) && Objects.equals(value, p.value) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, caseId, path, value, message, line, column);
  }
}
