package org.psoscale.dataset;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.psoscale.classifier.StrategyClassifiers;
import org.psoscale.classifier.evaluation.Agreement;
import org.psoscale.classifier.evaluation.AgreementBand;
import org.psoscale.classifier.evaluation.Evaluation;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;

/**
 * How reliably the codebook turns evidence into profiles: the data set's own coding (first coder) compared with a
 * second, independent coding of the same evidence by the same {@link Codebook}.
 *
 * <p>The bundled second coding ({@value #SECOND_CODING}) was made blind: its coder saw only the codebook, the
 * research notes' evidence lines and the list of case names — not the paper, not its strategy table and not the
 * first coding. Each of the 55 × 32 (case, feature) decisions is one unit with two three-valued codes
 * ({@link FeatureDecision}: present, absent, not observed). Reported: per-feature Krippendorff's alpha (nominal),
 * Cohen's kappa and agreement over the cases, Krippendorff's alpha (nominal) over all decisions, the features
 * below the reliability thresholds ({@value #ALPHA_OVERALL} overall, {@value #ALPHA_PER_FEATURE} per feature decided
 * in at least {@value #MIN_DECIDED} cases by either coder; Krippendorff's conventional bounds for tentative
 * conclusions), and the evaluation of the paper's rules on the second coding, to show how far the classifier's
 * agreement with the paper depends on who coded the profiles.
 *
 * <p>Immutable and serializable; computed once at construction.
 */
public final class CodingReliability implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The class-path resource holding the bundled second coding. */
  public static final String SECOND_CODING = "/org/psoscale/dataset/second-coding.json";

  private final ImmutableMap<String, PsoProfile> first;
  private final ImmutableMap<String, PsoProfile> second;
  private final ImmutableList<LabelledProfile> labelled;
  /** Krippendorff's bound for reliable data, applied to the alpha over all decisions. */
  public static final double ALPHA_OVERALL = 0.80;

  /** Krippendorff's bound for tentative conclusions, applied to each feature decided often enough. */
  public static final double ALPHA_PER_FEATURE = 0.667;

  /** How many cases a feature must be decided (present or absent) in, by either coder, to be held to a bound. */
  public static final int MIN_DECIDED = 5;

  private final ImmutableMap<ProfileFeature, Double> kappaByFeature;
  private final ImmutableMap<ProfileFeature, Double> alphaByFeature;
  private final ImmutableMap<ProfileFeature, Double> agreementByFeature;
  private final double alpha;
  private final double agreement;
  private final Evaluation rulesOnFirst;
  private final Evaluation rulesOnSecond;

  /** The first coding's profiles by case id, after checking that the second coding has exactly the same ids. */
  private static ImmutableMap<String, PsoProfile> firstCoding(
      PsoDataset dataset, Map<String, PsoProfile> secondCoding) {
    ImmutableMap.Builder<String, PsoProfile> firstProfiles = ImmutableMap.builder();
    for (PsoCase c : dataset.cases()) {
      if (!secondCoding.containsKey(c.id())) {
        throw new IllegalArgumentException("secondCoding: has no profile for case '" + c.id() + "'");
      }
      firstProfiles.put(c.id(), c.pso().profile());
    }
    if (secondCoding.size() != dataset.size()) {
      Set<String> extra = new HashSet<>(secondCoding.keySet());
      dataset.cases().forEach(c -> extra.remove(c.id()));
      throw new IllegalArgumentException("secondCoding: unknown case ids " + extra);
    }
    return firstProfiles.buildOrThrow();
  }

  /**
   * The comparison of two codings of the same case ids; {@code labelled} are the cases with a reference strategy,
   * with their first-coding profiles. The callers check that the ids agree.
   */
  private CodingReliability(
      ImmutableMap<String, PsoProfile> firstCoding, Map<String, PsoProfile> secondCoding,
      List<LabelledProfile> labelled) {
    this.first = firstCoding;
    ImmutableMap.Builder<String, PsoProfile> secondProfiles = ImmutableMap.builder();
    first.keySet().forEach(id -> secondProfiles.put(id, secondCoding.get(id)));
    this.second = secondProfiles.buildOrThrow();
    this.labelled = ImmutableList.copyOf(labelled);

    ImmutableMap.Builder<ProfileFeature, Double> kappas = ImmutableMap.builder();
    ImmutableMap.Builder<ProfileFeature, Double> alphas = ImmutableMap.builder();
    ImmutableMap.Builder<ProfileFeature, Double> agreements = ImmutableMap.builder();
    List<FeatureDecision> allFirst = new ArrayList<>();
    List<FeatureDecision> allSecond = new ArrayList<>();
    for (ProfileFeature f : ProfileFeature.all()) {
      List<FeatureDecision> a = new ArrayList<>();
      List<FeatureDecision> b = new ArrayList<>();
      int same = 0;
      for (String id : first.keySet()) {
        FeatureDecision x = first.get(id).decision(f);
        FeatureDecision y = second.get(id).decision(f);
        a.add(x);
        b.add(y);
        same += x == y ? 1 : 0;
      }
      kappas.put(f, Agreement.cohensKappa(a, b));
      alphas.put(f, Agreement.krippendorffsAlpha(List.of(a, b)));
      agreements.put(f, same / (double) a.size());
      allFirst.addAll(a);
      allSecond.addAll(b);
    }
    this.kappaByFeature = kappas.buildOrThrow();
    this.alphaByFeature = alphas.buildOrThrow();
    this.agreementByFeature = agreements.buildOrThrow();
    this.alpha = Agreement.krippendorffsAlpha(List.of(allFirst, allSecond));
    int same = 0;
    for (int i = 0; i < allFirst.size(); i++) {
      same += allFirst.get(i).equals(allSecond.get(i)) ? 1 : 0;
    }
    this.agreement = same / (double) allFirst.size();
    List<LabelledProfile> secondLabelled = new ArrayList<>();
    for (LabelledProfile l : labelled) {
      secondLabelled.add(LabelledProfile.of(l.id(), second.get(l.id()), l.label()));
    }
    this.rulesOnFirst = Evaluation.of(StrategyClassifiers.rules(), labelled);
    this.rulesOnSecond = Evaluation.of(StrategyClassifiers.rules(), secondLabelled);
  }

  /**
   * Compares the profiles of {@code dataset} with a second coding of the same cases.
   *
   * @param dataset the first coding; not null
   * @param secondCoding a profile per case id of {@code dataset}; not null
   * @return the comparison
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the second coding lacks a case of the data set or has an unknown id
   */
  public static CodingReliability of(PsoDataset dataset, Map<String, PsoProfile> secondCoding) {
    requireNonNull(dataset, "dataset");
    requireNonNull(secondCoding, "secondCoding");
    return new CodingReliability(firstCoding(dataset, secondCoding), secondCoding, dataset.labelled());
  }

  /**
   * The bundled data set compared with the bundled blind second coding ({@value #SECOND_CODING}).
   *
   * @return the comparison
   * @throws IllegalStateException if the bundled resource is missing or invalid
   */
  public static CodingReliability bundled() {
    try (InputStream in = CodingReliability.class.getResourceAsStream(SECOND_CODING)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SECOND_CODING);
      }
      return of(PsoDataset.bundled(), readCoding(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SECOND_CODING, e);
    }
  }

  /**
   * Reads a coding file: {@code {"coder": "…", "cases": [{"id": "…", "features": [CodedFeature…]}]}}, each coded
   * feature in the shape of the data set's {@code codedFeatures}.
   *
   * @param in the JSON; not null, not closed
   * @return a profile per case id, in file order
   * @throws IOException if reading fails, or (then a {@link DatasetFormatException} naming the field path and
   *     value) the input is not UTF-8, the JSON is malformed, a feature is invalid or a case id repeats
   */
  public static Map<String, PsoProfile> readCoding(InputStream in) throws IOException {
    CodingFile file = JsonProblems.readWhole(requireNonNull(in, "in"), CodingFile.class, "coding");
    Map<String, PsoProfile> out = new LinkedHashMap<>();
    for (int i = 0; i < file.cases.size(); i++) {
      CodedCase c = file.cases.get(i);
      if (c == null) {
        throw new DatasetFormatException(i, null, "expected an object (a coded case), found null", null);
      }
      PsoProfile profile;
      try {
        profile = PsoCase.profileOf(c.features);
      } catch (IllegalArgumentException e) {
        throw new DatasetFormatException(i, c.id, e.getMessage(), e);
      }
      if (out.put(c.id, profile) != null) {
        throw new DatasetFormatException(i, c.id, "case id repeats", null);
      }
    }
    return out;
  }

  private static final class CodingFile {
    final List<CodedCase> cases;

    @JsonCreator
    CodingFile(@JsonProperty("coder") String coder, @JsonProperty(value = "cases", required = true)
        List<CodedCase> cases) {
      this.cases = ImmutableList.copyOf(cases);
    }
  }

  private static final class CodedCase {
    final String id;
    final List<CodedFeature> features;

    @JsonCreator
    CodedCase(@JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "features", required = true) List<CodedFeature> features) {
      this.id = requireNonNull(id, "id");
      this.features = ImmutableList.copyOf(features);
    }
  }

  /** {@return the first coder's profile per case id (the data set's own)} */
  public ImmutableMap<String, PsoProfile> firstCoding() {
    return first;
  }

  /** {@return the second coder's profile per case id} */
  public ImmutableMap<String, PsoProfile> secondCoding() {
    return second;
  }

  /**
   * {@return Cohen's kappa of the two codings for each feature over all cases; {@code NaN} where both coders agree
   * that no case has the feature (chance agreement 1, see {@link Agreement})}
   */
  public ImmutableMap<ProfileFeature, Double> kappaByFeature() {
    return kappaByFeature;
  }

  /**
   * {@return Krippendorff's alpha (nominal, three values) of the two codings for each feature over all cases;
   * {@code NaN} where both coders give every case the same value (no variation to agree on)}
   */
  public ImmutableMap<ProfileFeature, Double> alphaByFeature() {
    return alphaByFeature;
  }

  /**
   * How many cases the first or the second coder decided (present or absent) for a feature, whichever is more.
   *
   * @param feature the feature; not null
   * @return the larger of the two coders' counts of decided cases
   * @throws NullPointerException if {@code feature} is null
   */
  public int decidedCases(ProfileFeature feature) {
    requireNonNull(feature, "feature");
    return Math.max(decided(first, feature), decided(second, feature));
  }

  /**
   * The features held to {@link #ALPHA_PER_FEATURE} (decided in at least {@link #MIN_DECIDED} cases by a coder) whose
   * alpha falls below it, in feature order: the rules whose coding is reported as unreliable.
   *
   * @return the unreliable features; empty when every feature held to the bound meets it
   */
  public ImmutableList<ProfileFeature> unreliableFeatures() {
    return ProfileFeature.all().stream()
        .filter(f -> decidedCases(f) >= MIN_DECIDED)
        .filter(f -> !(alphaByFeature.get(f) >= ALPHA_PER_FEATURE))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the share of cases on which the two codings agree, for each feature} */
  public ImmutableMap<ProfileFeature, Double> agreementByFeature() {
    return agreementByFeature;
  }

  /** {@return Krippendorff's alpha (nominal) over every (case, feature) decision of the two codings} */
  public double alpha() {
    return alpha;
  }

  /** {@return the share of (case, feature) decisions on which the two codings agree} */
  public double agreement() {
    return agreement;
  }

  /** {@return the paper's rules on the first coding, against the paper's strategy coding} */
  public Evaluation rulesOnFirstCoding() {
    return rulesOnFirst;
  }

  /** {@return the paper's rules on the second coding, against the paper's strategy coding} */
  public Evaluation rulesOnSecondCoding() {
    return rulesOnSecond;
  }

  /** {@return a readable report: overall agreement, per-feature kappa, and the rules' evaluation on each coding} */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Two codings of %d cases x %d features (%d decisions)%n",
        first.size(), ProfileFeature.COUNT, first.size() * ProfileFeature.COUNT));
    out.append(String.format(Locale.ROOT, "  agreement            %.3f%n", agreement));
    out.append(String.format(Locale.ROOT, "  Krippendorff's alpha %.3f (nominal)%n", alpha));
    out.append(String.format(Locale.ROOT, "  present decisions    first %d, second %d%n",
        count(first, FeatureDecision.PRESENT), count(second, FeatureDecision.PRESENT)));
    out.append(String.format(Locale.ROOT, "  absent decisions     first %d, second %d%n",
        count(first, FeatureDecision.ABSENT), count(second, FeatureDecision.ABSENT)));
    out.append(String.format(Locale.ROOT,
        "%nPer feature (present/absent)                       first  second  agree  alpha  kappa%n"));
    for (ProfileFeature f : ProfileFeature.all()) {
      if (decidedCases(f) == 0) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "  %-48s %5s %7s  %5.3f  %s  %s%s%n", f,
          decided(first, f, FeatureDecision.PRESENT) + "/" + decided(first, f, FeatureDecision.ABSENT),
          decided(second, f, FeatureDecision.PRESENT) + "/" + decided(second, f, FeatureDecision.ABSENT),
          agreementByFeature.get(f), number(alphaByFeature.get(f)), number(kappaByFeature.get(f)),
          decidedCases(f) >= MIN_DECIDED && !(alphaByFeature.get(f) >= ALPHA_PER_FEATURE) ? "  unreliable" : ""));
    }
    out.append("  (features neither coder decided are left out; \"unreliable\": alpha below "
        + ALPHA_PER_FEATURE + " with at least " + MIN_DECIDED + " decided cases)\n");
    out.append(String.format(Locale.ROOT, "%nRules vs the paper's coding   accuracy  kappa%n"));
    out.append(line("on the first coding", rulesOnFirst));
    out.append(line("on the second coding", rulesOnSecond));
    return out.toString();
  }

  private static String line(String what, Evaluation e) {
    String band = e.kappaBand().map(AgreementBand::label).orElse("n/a");
    return String.format(Locale.ROOT, "  %-27s %6.3f  %5.3f (%s)%n", what, e.accuracy(), e.kappa(), band);
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "  n/a" : String.format(Locale.ROOT, "%5.2f", value);
  }

  private static int count(Map<String, PsoProfile> coding, FeatureDecision d) {
    return ProfileFeature.all().stream().mapToInt(f -> decided(coding, f, d)).sum();
  }

  private static int decided(Map<String, PsoProfile> coding, ProfileFeature f) {
    return decided(coding, f, FeatureDecision.PRESENT) + decided(coding, f, FeatureDecision.ABSENT);
  }

  private static int decided(Map<String, PsoProfile> coding, ProfileFeature f, FeatureDecision d) {
    return (int) coding.values().stream().filter(p -> p.decision(f) == d).count();
  }

  private Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodingReliability.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodingReliability.class);
  }

  /**
   * The serialized form: the two codings and the labelled cases; every figure is computed again on reading, after
   * checking that both codings cover the same ids and that each labelled case carries its first-coding profile.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CodingReliability v) {
      super(map(v.first), map(v.second), list(v.labelled));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      ImmutableMap<String, PsoProfile> first = f.map("first", String.class, PsoProfile.class);
      ImmutableMap<String, PsoProfile> second = f.map("second", String.class, PsoProfile.class);
      ImmutableList<LabelledProfile> labelled = f.list("labelled", LabelledProfile.class);
      if (first.isEmpty() || !first.keySet().equals(second.keySet())) {
        throw new java.io.InvalidObjectException("CodingReliability.second: codes cases " + second.keySet()
            + " but the first coding codes " + first.keySet() + "; both must code the same, at least one");
      }
      for (int i = 0; i < labelled.size(); i++) {
        LabelledProfile l = labelled.get(i);
        if (!l.profile().equals(first.get(l.id()))) {
          throw new java.io.InvalidObjectException("CodingReliability.labelled[" + i + "]: case '" + l.id()
              + "' is not a case of the first coding with that profile");
        }
      }
      return new CodingReliability(first, second, labelled);
    }
  }
}
