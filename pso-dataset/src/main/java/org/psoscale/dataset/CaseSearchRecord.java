package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;
import org.psoscale.model.TextLimits;

/**
 * What the evidence search found for one case: each {@link TemplateSearch} run, and the {@link EvidenceLine}s the
 * first coder wrote down from the results and from the research notes. A case that was not searched (it is not an
 * organisation) has no searches and a note saying why.
 *
 * <p>The id is a case id; no template is run twice; evidence lines are numbered 1, 2, 3, … in order; a note, if
 * present, is a non-blank single line. Violations throw {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"id": "olio", "searches": [TemplateSearch…], "evidenceLines": [EvidenceLine…]}}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableCaseSearchRecord.class)
@JsonDeserialize(as = ImmutableCaseSearchRecord.class)
public abstract class CaseSearchRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  CaseSearchRecord() {}

  /** {@return the case's id in the data set} */
  public abstract String id();

  /** {@return the template searches run for the case, in the codebook's template order} */
  public abstract ImmutableList<TemplateSearch> searches();

  /** {@return the facts written down, numbered from 1} */
  public abstract ImmutableList<EvidenceLine> evidenceLines();

  /** {@return why the case was not searched, if it was not} */
  public abstract Optional<String> note();

  /**
   * The evidence line with this number.
   *
   * @param n the line number
   * @return the line, or empty if there is no line {@code n}
   */
  public Optional<EvidenceLine> line(int n) {
    return n >= 1 && n <= evidenceLines().size() ? Optional.of(evidenceLines().get(n - 1)) : Optional.empty();
  }

  @Value.Check
  void check() {
    TextLimits.id("searchRecord.id", id());
    Checks.oneLine("searchRecord.id", id());
    Set<String> run = new HashSet<>();
    for (int i = 0; i < searches().size(); i++) {
      if (!run.add(searches().get(i).template())) {
        throw new IllegalArgumentException("searchRecord.searches[" + i + "]: template '"
            + searches().get(i).template() + "' is run twice for case '" + id() + "'");
      }
    }
    for (int i = 0; i < evidenceLines().size(); i++) {
      if (evidenceLines().get(i).n() != i + 1) {
        throw new IllegalArgumentException("searchRecord.evidenceLines[" + i + "]: numbered "
            + evidenceLines().get(i).n() + ", expected " + (i + 1));
      }
    }
    note().ifPresent(n -> Checks.oneLine("searchRecord.note", n));
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutableCaseSearchRecord.Builder builder() {
    return ImmutableCaseSearchRecord.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CaseSearchRecord.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CaseSearchRecord.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CaseSearchRecord v) {
      super(v.id(), list(v.searches()), list(v.evidenceLines()), opt(v.note()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return builder().id(f.string("id")).addAllSearches(f.list("searches", TemplateSearch.class))
          .addAllEvidenceLines(f.list("evidenceLines", EvidenceLine.class)).note(f.optional("note", String.class))
          .build();
    }
  }
}
