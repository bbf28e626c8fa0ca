package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.Sector;

/**
 * A name in the Examples column of the seed paper's sector table, spelt as printed (e.g. {@code "No!Lo Tiro"},
 * {@code "Write to them"}), with the sector of its row and its position among that row's examples (from 1).
 *
 * <p>The name must be a non-blank single line and the position at least 1, else
 * {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"rawName": "Olio", "sector": "SHARING", "position": 2}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableSectorTableEntry.class)
@JsonDeserialize(as = ImmutableSectorTableEntry.class)
public abstract class SectorTableEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  SectorTableEntry() {}

  /** {@return the example as printed} */
  public abstract String rawName();

  /** {@return the sector of the row the example stands in} */
  public abstract Sector sector();

  /** {@return the position of the example within its row's Examples cell, from 1} */
  public abstract int position();

  @Value.Check
  void check() {
    Checks.name("sectorTable.rawName", rawName());
    Checks.positive("sectorTable.position", position());
  }

  /**
   * An entry of the sector table.
   *
   * @param rawName the example as printed; not null or blank
   * @param sector the row's sector; not null
   * @param position the position within the row, from 1
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or the position below 1
   */
  public static SectorTableEntry of(String rawName, Sector sector, int position) {
    return ImmutableSectorTableEntry.builder().rawName(rawName).sector(sector).position(position).build();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(SectorTableEntry.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(SectorTableEntry.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(SectorTableEntry v) {
      super(v.rawName(), v.sector(), v.position());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.string("rawName"), f.get("sector", org.psoscale.model.Sector.class), f.intValue("position"));
    }
  }
}
