package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * Where the founding year, legal status and country of a case's {@link org.psoscale.model.Pso} came from. A
 * source is present exactly when the value is ({@link PsoCase} checks this). Sectors carry their sources in
 * {@link PsoCase#sectorAssignments()}; the name is the organisation's usual name, chosen by us.
 *
 * <p>JSON: {@code {"foundingYear": {"seedTable": "APPENDIX"}, "country": {"url": "https://…"}}}; absent sources
 * are omitted.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Provenance NONE = ImmutableProvenance.builder().build();

  Provenance() {}

  /** {@return the source of the founding year, if the case has one} */
  public abstract Optional<Source> foundingYear();

  /** {@return the source of the legal status, if the case has one} */
  public abstract Optional<Source> legalStatus();

  /** {@return the source of the country, if the case has one} */
  public abstract Optional<Source> country();

  /** {@return no sources: for a case with none of the three values} */
  public static Provenance none() {
    return NONE;
  }

  /**
   * All three values from one table of the paper, as for the appendix rows.
   *
   * @param table the seed table; not null
   * @return the provenance
   * @throws NullPointerException if {@code table} is null
   */
  public static Provenance paper(SeedTable table) {
    Source s = Source.paper(table);
    return builder().foundingYear(s).legalStatus(s).country(s).build();
  }

  /** {@return a new, empty builder} */
  public static ImmutableProvenance.Builder builder() {
    return ImmutableProvenance.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Provenance.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(Provenance.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Provenance v) {
      super(opt(v.foundingYear()), opt(v.legalStatus()), opt(v.country()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().foundingYear(f.optional("foundingYear", Source.class))
          .legalStatus(f.optional("legalStatus", Source.class)).country(f.optional("country", Source.class)).build();
    }
  }
}
