package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.Sector;

/**
 * One assignment of a sector to a case, with its source. The paper can disagree with itself: Olio is SHARING in
 * the sector table and FOOD_WASTE in the appendix, so its case holds two assignments, each with its table. For
 * organisations the paper gives no sector for, the source is a public page and the assignment is ours.
 *
 * <p>JSON: {@code {"sector": "SHARING", "source": {"seedTable": "SECTOR_TABLE"}}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableSectorAssignment.class)
@JsonDeserialize(as = ImmutableSectorAssignment.class)
public abstract class SectorAssignment implements Serializable {
  private static final long serialVersionUID = 1L;

  SectorAssignment() {}

  /** {@return the sector assigned} */
  @Value.Parameter
  public abstract Sector sector();

  /** {@return where the assignment comes from} */
  @Value.Parameter
  public abstract Source source();

  /**
   * An assignment.
   *
   * @param sector the sector; not null
   * @param source its source; not null
   * @return the assignment
   * @throws NullPointerException if an argument is null
   */
  public static SectorAssignment of(Sector sector, Source source) {
    return ImmutableSectorAssignment.of(sector, source);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(SectorAssignment.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(SectorAssignment.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(SectorAssignment v) {
      super(v.sector(), v.source());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.get("sector", org.psoscale.model.Sector.class), f.get("source", Source.class));
    }
  }
}
