package org.psoscale.dataset;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A data set, coding sheet or codebook file that cannot be read: malformed JSON or CSV, records that break an
 * invariant, unknown properties or enum constants, duplicate ids or names. A loader collects every problem of a
 * file, up to {@value #MAX_PROBLEMS}, and throws one exception listing them all ({@link #problems()}); the message
 * has one line per problem, each naming the record by position and id, the field path, the value, and the allowed
 * values or nearest matches; nothing is dropped silently. {@link #position()}, {@link #caseId()} and
 * {@link #reason()} describe the first problem.
 */
public final class DatasetFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The most problems one exception lists; a file with more says how many were left out. */
  public static final int MAX_PROBLEMS = 100;

  private final int position;
  private final String caseId;
  private final String reason;
  private final ImmutableList<DatasetProblem> problems;
  private final int more;

  DatasetFormatException(int position, String caseId, String reason, Throwable cause) {
    super(describe(position, caseId, reason), cause);
    this.position = position;
    this.caseId = caseId;
    this.reason = reason;
    String path = position >= 0 ? "cases[" + position + "]" : "file";
    this.problems = ImmutableList.of(DatasetProblem.of(position, caseId, path, null, reason, -1, -1));
    this.more = 0;
  }

  /**
   * An exception listing these problems.
   *
   * @param what what was being read, e.g. {@code "data set"}; not null
   * @param problems the problems, at least one; not null
   * @param more how many further problems were found but left out of the list (not negative)
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  DatasetFormatException(String what, List<DatasetProblem> problems, int more) {
    super(describe(what, problems, more));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: at least one is needed");
    }
    DatasetProblem first = problems.get(0);
    this.position = first.position().orElse(-1);
    this.caseId = first.caseId().orElse(null);
    this.reason = first.path() + ": " + first.message();
    this.problems = ImmutableList.copyOf(problems);
    this.more = more;
  }

  private static String describe(String what, List<DatasetProblem> problems, int more) {
    int total = problems.size() + more;
    StringBuilder s = new StringBuilder();
    if (total == 1) {
      DatasetProblem p = problems.get(0);
      if (p.position().isPresent()) {
        s.append("cases[").append(p.position().getAsInt()).append(']');
        p.caseId().ifPresent(id -> s.append(" (id '").append(id).append("')"));
        s.append(": ");
      }
      return s.append(what).append(": ").append(p.path()).append(location(p)).append(": ").append(p.message())
          .toString();
    }
    s.append(what).append(": ").append(total).append(" problems");
    for (DatasetProblem p : problems) {
      s.append("\n  ").append(p);
    }
    if (more > 0) {
      s.append("\n  … and ").append(more).append(" more (the first ").append(problems.size()).append(" are listed)");
    }
    return s.toString();
  }

  private static String location(DatasetProblem p) {
    if (p.line().isEmpty()) {
      return "";
    }
    return " (line " + p.line().getAsInt() + p.column().stream().mapToObj(c -> ", column " + c).findFirst().orElse("")
        + ")";
  }
  private static String describe(int position, String caseId, String reason) {
    StringBuilder s = new StringBuilder();
    if (position >= 0) {
      s.append("cases[").append(position).append(']');
      if (caseId != null) {
        s.append(" (id '").append(caseId).append("')");
      }
      s.append(": ");
    } else if (caseId != null) {
      s.append("case '").append(caseId).append("': ");
    }
    return s.append(reason).toString();
  }

  /** {@return the position of the (first) offending record (from 0), or empty if the file as a whole is broken} */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** {@return the id of the offending record, if it has one that could be read} */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /** {@return why the (first) record or file was rejected, without the position and id prefix} */
  public String reason() {
    return reason;
  }

  /** {@return every problem found, in file order, at most {@value #MAX_PROBLEMS}; never empty} */
  public ImmutableList<DatasetProblem> problems() {
    return problems;
  }

  /** {@return how many problems were found beyond those in {@link #problems()}} */
  public int moreProblems() {
    return more;
  }
}
