package org.psoscale.dataset;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A data set (or codebook) file that cannot be read: malformed JSON, a record that breaks an invariant, an
 * unknown enum constant, a duplicate id or name. The message names the record by position (from 0, in file
 * order) and, where it has one, by id, then gives the reason; nothing is dropped silently.
 */
public final class DatasetFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final String caseId;
  private final String reason;

  DatasetFormatException(int position, String caseId, String reason, Throwable cause) {
    super(describe(position, caseId, reason), cause);
    this.position = position;
    this.caseId = caseId;
    this.reason = reason;
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

  /** {@return the position of the offending record (from 0), or empty if the file as a whole is broken} */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** {@return the id of the offending record, if it has one that could be read} */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /** {@return why the record or file was rejected, without the position and id prefix} */
  public String reason() {
    return reason;
  }
}
