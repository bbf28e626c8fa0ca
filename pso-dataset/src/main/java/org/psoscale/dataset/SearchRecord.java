package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.psoscale.model.PsoStyle;

/**
 * The record of the evidence search behind the bundled coding: how the search was done ({@link #protocol()}) and,
 * per case, which {@link QueryTemplate}s were run, what they returned and which {@link EvidenceLine}s the first coder
 * wrote down ({@link CaseSearchRecord}). Every coded decision of the bundled data set cites lines of its case's
 * record (see {@link CodedFeature#lines()}), so a reader can retrace each decision to a page.
 *
 * <p>The protocol is non-blank; no case id appears twice. Violations throw {@link IllegalArgumentException}
 * naming the field.
 *
 * <p>JSON: {@code {"protocol": "…", "cases": [CaseSearchRecord…]}}; bundled as {@value #RESOURCE}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableSearchRecord.class)
@JsonDeserialize(as = ImmutableSearchRecord.class)
public abstract class SearchRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The class-path resource holding the bundled search record. */
  public static final String RESOURCE = "/org/psoscale/dataset/search-record.json";

  SearchRecord() {}

  /** {@return how the search was done: tool, corpus, templates, what counted as a result about the case} */
  public abstract String protocol();

  /** {@return one record per case, in the data set's order} */
  public abstract ImmutableList<CaseSearchRecord> cases();

  /**
   * The record of one case.
   *
   * @param id the case id; not null
   * @return the record, or empty if the case has none
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<CaseSearchRecord> forCase(String id) {
    Objects.requireNonNull(id, "id");
    return cases().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notBlank("searchRecord.protocol", org.psoscale.model.TextLimits.prose("searchRecord.protocol", protocol()));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < cases().size(); i++) {
      if (!ids.add(cases().get(i).id())) {
        throw new IllegalArgumentException("searchRecord.cases[" + i + "]: case id '" + cases().get(i).id()
            + "' appears twice");
      }
    }
  }

  /**
   * Reads a search record in the JSON shape above.
   *
   * @param in the JSON; not null; not closed
   * @return the record
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading fails, or (then a {@link DatasetFormatException} with the reason) the JSON is
   *     malformed or breaks an invariant
   */
  public static SearchRecord read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return JsonProblems.readWhole(in, SearchRecord.class, "search record");
  }


  /**
   * The bundled search record, loaded once.
   *
   * @return the record; not null
   * @throws IllegalStateException if the bundled resource is missing or invalid (a packaging bug)
   */
  public static SearchRecord bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final SearchRecord BUNDLED = load();

    private static SearchRecord load() {
      try (InputStream in = SearchRecord.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new IllegalStateException("bundled search record " + RESOURCE + " is invalid: " + e.getMessage(),
            new UncheckedIOException(e));
      }
    }
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(SearchRecord.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(SearchRecord.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(SearchRecord v) {
      super(v.protocol(), list(v.cases()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ImmutableSearchRecord.builder().protocol(f.string("protocol"))
          .addAllCases(f.list("cases", CaseSearchRecord.class)).build();
    }
  }
}
