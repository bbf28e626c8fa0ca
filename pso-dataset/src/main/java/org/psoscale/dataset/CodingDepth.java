package org.psoscale.dataset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Locale;
import org.psoscale.model.FeatureDecision;
import org.psoscale.model.ProfileFeature;
import org.psoscale.model.PsoProfile;

/**
 * How deeply a data set's profiles are coded: how many cases, how many present and absent decisions, the mean
 * number of decided (present or absent) features per case, how many cases have no decision at all, and which
 * features no case decides. The evidence-depth goal was a mean of at least {@value #TARGET_MEAN_DECIDED} decided
 * features per case and at most {@value #TARGET_NEVER_DECIDED} features decided for no case; {@link #render()}
 * reports the figures against those goals, whatever they are.
 *
 * <p>Immutable and serializable; computed once at construction.
 */
public final class CodingDepth implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The goal for the mean number of present-or-absent decisions per case. */
  public static final int TARGET_MEAN_DECIDED = 10;

  /** The goal for the number of features decided for no case. */
  public static final int TARGET_NEVER_DECIDED = 2;

  private final int cases;
  private final int present;
  private final int absent;
  private final int casesWithoutDecisions;
  private final ImmutableList<ProfileFeature> neverDecided;
  private final ImmutableList<PsoProfile> profiles;

  private CodingDepth(Iterable<PsoProfile> profiles) {
    this.profiles = ImmutableList.copyOf(profiles);
    int n = 0;
    int p = 0;
    int a = 0;
    int none = 0;
    boolean[] decided = new boolean[ProfileFeature.COUNT];
    for (PsoProfile profile : profiles) {
      n++;
      int here = 0;
      for (ProfileFeature f : ProfileFeature.all()) {
        FeatureDecision d = profile.decision(f);
        if (d == FeatureDecision.PRESENT) {
          p++;
        } else if (d == FeatureDecision.ABSENT) {
          a++;
        } else {
          continue;
        }
        here++;
        decided[f.index()] = true;
      }
      none += here == 0 ? 1 : 0;
    }
    this.cases = n;
    this.present = p;
    this.absent = a;
    this.casesWithoutDecisions = none;
    ImmutableList.Builder<ProfileFeature> never = ImmutableList.builder();
    for (ProfileFeature f : ProfileFeature.all()) {
      if (!decided[f.index()]) {
        never.add(f);
      }
    }
    this.neverDecided = never.build();
  }

  /**
   * The depth of a data set's coding.
   *
   * @param dataset the data set; not null
   * @return its coding depth
   * @throws NullPointerException if {@code dataset} is null
   */
  public static CodingDepth of(PsoDataset dataset) {
    requireNonNull(dataset, "dataset");
    return new CodingDepth(dataset.cases().stream().map(c -> c.pso().profile())
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The depth of a set of profiles.
   *
   * @param profiles the profiles; not null, no null elements
   * @return their coding depth
   * @throws NullPointerException if {@code profiles} or an element is null
   */
  public static CodingDepth ofProfiles(Iterable<PsoProfile> profiles) {
    requireNonNull(profiles, "profiles");
    ImmutableList<PsoProfile> copy = ImmutableList.copyOf(profiles);
    return new CodingDepth(copy);
  }

  /** {@return the number of cases (profiles)} */
  public int cases() {
    return cases;
  }

  /** {@return the number of present decisions over all cases} */
  public int presentDecisions() {
    return present;
  }

  /** {@return the number of absent decisions over all cases} */
  public int absentDecisions() {
    return absent;
  }

  /** {@return the mean number of present-or-absent decisions per case; {@code NaN} for no cases} */
  public double meanDecidedPerCase() {
    return cases == 0 ? Double.NaN : (present + absent) / (double) cases;
  }

  /** {@return the number of cases with no present or absent decision} */
  public int casesWithoutDecisions() {
    return casesWithoutDecisions;
  }

  /** {@return the features no case decides, in feature order} */
  public ImmutableList<ProfileFeature> neverDecided() {
    return neverDecided;
  }

  /** {@return a readable report of the figures, against the goals} */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Coding depth over %d cases%n", cases));
    out.append(String.format(Locale.ROOT, "  present decisions          %d%n", present));
    out.append(String.format(Locale.ROOT, "  absent decisions           %d%n", absent));
    out.append(String.format(Locale.ROOT, "  decided per case (mean)    %.2f (goal >= %d: %s)%n", meanDecidedPerCase(),
        TARGET_MEAN_DECIDED, meanDecidedPerCase() >= TARGET_MEAN_DECIDED ? "met" : "not met"));
    out.append(String.format(Locale.ROOT, "  cases with no decision     %d%n", casesWithoutDecisions));
    out.append(String.format(Locale.ROOT, "  features never decided     %d (goal <= %d: %s)%s%n", neverDecided.size(),
        TARGET_NEVER_DECIDED, neverDecided.size() <= TARGET_NEVER_DECIDED ? "met" : "not met",
        neverDecided.isEmpty() ? "" : " " + neverDecided));
    return out.toString();
  }

  private Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodingDepth.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw org.psoscale.model.PsoSerialization.formRequired(CodingDepth.class);
  }

  /**
   * The serialized form: the profiles the depth was computed from, one per case, reduced to their decisions; the
   * figures are computed again on reading, so they cannot disagree with each other.
   */
  private static final class Form extends org.psoscale.model.PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CodingDepth v) {
      super((Object) list(v.profiles));
    }

    @Override
    protected Object restore(org.psoscale.model.PsoSerialization.Fields f)
        throws java.io.InvalidObjectException {
      return new CodingDepth(f.list("profiles", PsoProfile.class));
    }
  }
}
