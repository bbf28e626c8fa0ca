package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * One row of the seed paper's appendix ("Initial cases analysed"), every cell exactly as printed, slips included
 * ({@code "FRAGDENSTAA T"}, {@code "DATA AND TRANSPERANCY"}, {@code "IT"} beside {@code "ITALY"}). The appendix
 * runs over two pages with the header repeated: {@link #page()} is 1 or 2 in the paper, {@link #row()} counts
 * from 1 within the page.
 *
 * <p>Every cell must be non-blank and {@code page} and {@code row} at least 1, else
 * {@link IllegalArgumentException} naming the field. Whether the cells agree with the normalised
 * {@link org.psoscale.model.Pso} is checked by {@link PsoCase}.
 *
 * <p>JSON: {@code {"page": 1, "row": 13, "rawName": "FRAGDENSTAA T", "rawYear": "2013", "rawStatus":
 * "Non-profit", "rawType": "CIVIC ENGAGEMENT", "rawCountry": "GERMANY"}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableAppendixRow.class)
@JsonDeserialize(as = ImmutableAppendixRow.class)
public abstract class AppendixRow implements Serializable {
  private static final long serialVersionUID = 1L;

  AppendixRow() {}

  /** {@return the appendix page, counted from 1; the paper has two} */
  public abstract int page();

  /** {@return the row within the page, counted from 1, header excluded} */
  public abstract int row();

  /** {@return the NAME cell as printed} */
  public abstract String rawName();

  /** {@return the FOUNDATION YEAR cell as printed} */
  public abstract String rawYear();

  /** {@return the STATUS cell as printed} */
  public abstract String rawStatus();

  /** {@return the TYPE cell as printed} */
  public abstract String rawType();

  /** {@return the COUNTRY cell as printed} */
  public abstract String rawCountry();

  @Value.Check
  void check() {
    Checks.positive("appendix.page", page());
    Checks.positive("appendix.row", row());
    Checks.name("appendix.rawName", rawName());
    Checks.oneLine("appendix.rawYear", rawYear());
    Checks.oneLine("appendix.rawStatus", rawStatus());
    Checks.oneLine("appendix.rawType", rawType());
    Checks.oneLine("appendix.rawCountry", rawCountry());
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableAppendixRow.Builder builder() {
    return ImmutableAppendixRow.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(AppendixRow.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(AppendixRow.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(AppendixRow v) {
      super(v.page(), v.row(), v.rawName(), v.rawYear(), v.rawStatus(), v.rawType(), v.rawCountry());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().page(f.intValue("page")).row(f.intValue("row")).rawName(f.string("rawName"))
          .rawYear(f.string("rawYear")).rawStatus(f.string("rawStatus")).rawType(f.string("rawType"))
          .rawCountry(f.string("rawCountry")).build();
    }
  }
}
