package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.net.URI;
import org.immutables.value.Value;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;

/**
 * One coder's decision that a feature of a case is {@link FeatureDecision#PRESENT present} or
 * {@link FeatureDecision#ABSENT observed absent}, with the evidence behind it: which kind of evidence of the
 * {@link Codebook} it was coded from ({@link #evidence()}, e.g. {@code "providesTechToOthers"}), a one-line
 * justification in our words, and the public page that supports it. A feature not observed has no coded feature.
 *
 * <p>Justification and evidence are non-blank single lines; the source is an absolute http or https URL; the
 * decision is {@code PRESENT} (the default) or {@code ABSENT}, never {@code NOT_OBSERVED}. Violations throw
 * {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"feature": "indicator:TECHNICAL_SERVICES_TO_OTHER_PLATFORMS", "decision": "PRESENT",
 * "evidence": "providesTechToOthers", "justification": "Councils run their own sites on its software.", "source":
 * "https://…", "lines": [3]}}; the feature is in its {@link ProfileFeature#parse(String) text form} {@code kind:CONSTANT};
 * {@code decision} may be omitted on reading and then means {@code PRESENT} (the form written before profiles were
 * three-valued).
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableCodedFeature.class)
@JsonDeserialize(as = ImmutableCodedFeature.class)
public abstract class CodedFeature implements Serializable {
  private static final long serialVersionUID = 1L;

  CodedFeature() {}

  /** {@return the feature decided} */
  @Value.Parameter
  public abstract ProfileFeature feature();

  /** {@return whether the feature is present or observed absent; {@link FeatureDecision#PRESENT} unless given} */
  @Value.Default
  @Value.Parameter
  public FeatureDecision decision() {
    return FeatureDecision.PRESENT;
  }

  /** {@return the codebook's evidence kind this coding rests on, e.g. {@code "offlineEvents"}} */
  @Value.Parameter
  public abstract String evidence();

  /** {@return why the line meets the codebook's rule for the decision, in one line} */
  @Value.Parameter
  public abstract String justification();

  /**
   * The public page that supports the coding, exactly as cited (the JSON property {@code source}); checked at
   * construction to be an absolute http or https URL that {@link URI} parses with a host.
   *
   * <p>Why text and not a {@link URI}: parsing a URL into a {@code URI} costs more than reading the rest of the
   * decision, and most uses of a data set (classifying, evaluating, tables) never look at it. So the value keeps the
   * checked text and {@link #source()} parses it on first use. Two coded features are equal when their URL texts are
   * equal.
   *
   * @return the URL text; not null
   */
  @com.fasterxml.jackson.annotation.JsonProperty("source")
  @Value.Parameter
  public abstract String sourceText();

  /**
   * {@return the public page that supports the coding, parsed on first use (never fails: the text was checked at
   * construction) and then kept}
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public URI source() {
    return URI.create(sourceText());
  }

  /**
   * {@return the numbers of the case's {@link EvidenceLine}s in the {@link SearchRecord} that the decision rests
   * on; empty for a decision made before the search record existed, or by a user without one. Positive, no repeats}
   */
  @Value.Parameter
  public abstract ImmutableList<Integer> lines();

  @Value.Check
  void check() {
    Checks.oneLine("codedFeature.evidence", evidence());
    Checks.oneLine("codedFeature.justification", justification());
    Checks.httpUrl("codedFeature.source", sourceText());
    // a decision cites a handful of lines: comparing with the earlier ones beats hashing boxed numbers; a long list
    // (a user's) is checked through a set, so the check stays linear
    java.util.Set<Integer> seen = lines().size() > 16 ? new java.util.HashSet<>() : null;
    for (int i = 0; i < lines().size(); i++) {
      int line = lines().get(i);
      if (line < 1) {
        // the field name is only spelt out for the message (building it for every line cost more than the check)
        Checks.positive("codedFeature.lines[" + i + "]", line);
      }
      boolean repeated = seen != null ? !seen.add(line) : lines().subList(0, i).contains(line);
      if (repeated) {
        throw new IllegalArgumentException("codedFeature.lines[" + i + "]: repeats line " + line);
      }
    }
    if (decision() == FeatureDecision.NOT_OBSERVED) {
      throw new IllegalArgumentException("codedFeature.decision: " + feature() + " is NOT_OBSERVED; a coded"
          + " feature is PRESENT or ABSENT (leave a feature that was not observed out)");
    }
  }

  /**
   * A coded feature.
   *
   * @param feature the feature; not null
   * @param evidence the codebook's evidence kind; not null or blank
   * @param justification one line; not null or blank
   * @param source an absolute http or https URL; not null
   * @return the coded feature
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank or multi-line, or the URL is not http(s)
   */
  public static CodedFeature of(ProfileFeature feature, String evidence, String justification, String source) {
    return of(feature, FeatureDecision.PRESENT, evidence, justification, source);
  }

  /**
   * A coded decision, present or absent.
   *
   * @param feature the feature; not null
   * @param decision {@link FeatureDecision#PRESENT} or {@link FeatureDecision#ABSENT}; not null
   * @param evidence the codebook's evidence kind; not null or blank
   * @param justification one line; not null or blank
   * @param source an absolute http or https URL; not null
   * @return the coded feature
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the decision is {@code NOT_OBSERVED}, a text is blank or multi-line, or the
   *     URL is not http(s)
   */
  public static CodedFeature of(
      ProfileFeature feature, FeatureDecision decision, String evidence, String justification, String source) {
    return ImmutableCodedFeature.builder()
        .feature(feature)
        .decision(decision)
        .evidence(evidence)
        .justification(justification)
        .sourceText(Checks.httpUrl("codedFeature.source", source))
        .build();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodedFeature.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodedFeature.class);
  }

  /**
   * The serialized form: plain fields, rebuilt through the builder or factory; see
   * {@link org.psoscale.model.PsoSerialization}.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CodedFeature v) {
      super(v.feature(), v.decision(), v.evidence(), v.justification(), v.sourceText(), list(v.lines()));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return ImmutableCodedFeature.builder().feature(f.get("feature", org.psoscale.model.ProfileFeature.class))
          .decision(f.get("decision", org.psoscale.model.FeatureDecision.class)).evidence(f.string("evidence"))
          .justification(f.string("justification")).sourceText(f.string("source"))
          .addAllLines(f.list("lines", Integer.class)).build();
    }
  }
}
