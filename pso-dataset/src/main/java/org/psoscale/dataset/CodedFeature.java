package org.psoscale.dataset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.net.URI;
import org.immutables.value.Value;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoStyle;

/**
 * One feature coded present in a case's profile, with the evidence behind it: which kind of evidence of the
 * {@link Codebook} it was coded from ({@link #evidence()}, e.g. {@code "providesTechToOthers"}), a one-line
 * justification in our words, and the public page that supports it.
 *
 * <p>Justification and evidence are non-blank single lines; the source is an absolute http or https URL.
 * Violations throw {@link IllegalArgumentException} naming the field.
 *
 * <p>JSON: {@code {"feature": "indicator:TECHNICAL_SERVICES_TO_OTHER_PLATFORMS", "evidence":
 * "providesTechToOthers", "justification": "Councils run their own sites on its software.", "source":
 * "https://…"}}; the feature is in its {@link ProfileFeature#parse(String) text form} {@code kind:CONSTANT}.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutableCodedFeature.class)
@JsonDeserialize(as = ImmutableCodedFeature.class)
public abstract class CodedFeature implements Serializable {
  private static final long serialVersionUID = 1L;

  CodedFeature() {}

  /** The feature coded present. */
  public abstract ProfileFeature feature();

  /** The codebook's evidence kind this coding rests on, e.g. {@code "offlineEvents"}. */
  public abstract String evidence();

  /** Why the feature is present, in one line. */
  public abstract String justification();

  /** The public page that supports the coding. */
  public abstract URI source();

  @Value.Check
  void check() {
    Checks.oneLine("codedFeature.evidence", evidence());
    Checks.oneLine("codedFeature.justification", justification());
    Checks.httpUri("codedFeature.source", source());
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
    return ImmutableCodedFeature.builder()
        .feature(feature)
        .evidence(evidence)
        .justification(justification)
        .source(Checks.uri("codedFeature.source", source))
        .build();
  }
}
