package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.ScalingStrategy;

/**
 * A name in the EXAMPLES row of the seed paper's strategy table, spelt as printed (e.g. {@code "DECIDEMADRID"},
 * {@code "Open Food Facts – France"} with an en dash), with the strategy of its column and its position among
 * that column's examples (from 1). The column is the paper's coding of the case: the case's
 * {@link PsoCase#referenceStrategy() reference strategy}.
 *
 * <p>The name must be a non-blank single line and the position at least 1, else
 * {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"rawName": "WHEELMAP", "strategy": "TECHNOLOGICAL_REPLICATION", "position": 6}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableStrategyTableEntry.class)
@JsonDeserialize(as = ImmutableStrategyTableEntry.class)
public abstract class StrategyTableEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  StrategyTableEntry() {}

  /** {@return the example as printed} */
  public abstract String rawName();

  /** {@return the strategy of the column the example stands in} */
  public abstract ScalingStrategy strategy();

  /** {@return the position of the example within its column, from 1} */
  public abstract int position();

  @Value.Check
  void check() {
    Checks.name("strategyTable.rawName", rawName());
    Checks.positive("strategyTable.position", position());
  }

  /**
   * An entry of the strategy table.
   *
   * @param rawName the example as printed; not null or blank
   * @param strategy the column's strategy; not null
   * @param position the position within the column, from 1
   * @return the entry
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or the position below 1
   */
  public static StrategyTableEntry of(String rawName, ScalingStrategy strategy, int position) {
    return ImmutableStrategyTableEntry.builder().rawName(rawName).strategy(strategy).position(position).build();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(StrategyTableEntry.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(StrategyTableEntry.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(StrategyTableEntry v) {
      super(v.rawName(), v.strategy(), v.position());
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return of(f.string("rawName"), f.get("strategy", org.psoscale.model.ScalingStrategy.class), f.intValue("position"));
    }
  }
}
