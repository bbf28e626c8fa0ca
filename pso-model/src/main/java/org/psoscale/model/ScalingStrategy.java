package org.psoscale.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

/**
 * The three scaling strategies of the paper's strategy table: the columns GEOGRAPHIC IMPLANTATION,
 * TECHNOLOGICAL REPLICATION and DATA BASED GROWTH.
 *
 * <p>The table's rows are exposed per column: {@link #indicators()} (INDICATORS), {@link #traits()} (FOR WHICH
 * ORGANISATIONS?), {@link #benefits()} (BENEFITS) and {@link #challenges()} (CHALLENGES), each in the paper's
 * order. The text of each cell lives once, on the constant of {@link Indicator}, {@link OrganisationTrait},
 * {@link Benefit} or {@link Challenge}; these methods only gather them. The EXAMPLES row is data, not
 * vocabulary: it lives in the {@code pso-dataset} module.
 */
public enum ScalingStrategy {
  /** Growth by implantation in new places, through local networks and real-space presence. */
  GEOGRAPHIC_IMPLANTATION("Geographic implantation", "GEOGRAPHIC IMPLANTATION"),
  /** Growth by replicating the platform's technology, e.g. as a service to other platforms. */
  TECHNOLOGICAL_REPLICATION("Technological replication", "TECHNOLOGICAL REPLICATION"),
  /** Growth by diffusing the platform among its final users. */
  DATA_BASED_GROWTH("Data-based growth", "DATA BASED GROWTH", "DATA-BASED GROWTH");

  private static final Spellings<ScalingStrategy> SPELLINGS =
      Spellings.of("strategy", Maps.toMap(Arrays.asList(values()), s -> s.spellings));

  private final String label;
  private final ImmutableList<String> spellings;

  ScalingStrategy(String label, String... otherSpellings) {
    this.label = label;
    this.spellings = ImmutableList.<String>builder().add(label).add(otherSpellings).build();
  }

  /** {@return a readable name, e.g. {@code "Data-based growth"}} */
  public String label() {
    return label;
  }

  /** {@return the column heading as printed in the paper, e.g. {@code "DATA BASED GROWTH"}} */
  public String heading() {
    return spellings.get(1);
  }

  /**
   * This strategy as a category of the paper's {@link Typology} ({@link Typology#paper()}): its id is this
   * constant's name, its definition the column heading and INDICATORS cell, its source the paper.
   *
   * @return the category; not null
   */
  public TypologyCategory category() {
    return Typology.paper().category(name());
  }

  /**
   * The strategy of a category of the paper's typology.
   *
   * @param categoryId a category id of {@link Typology#paper()}, i.e. a constant name such as {@code
   *     "DATA_BASED_GROWTH"}; not null
   * @return the strategy
   * @throws NullPointerException if {@code categoryId} is null
   * @throws IllegalArgumentException if it is not a category of the paper's typology; the message lists them
   */
  public static ScalingStrategy ofCategory(String categoryId) {
    Typology.paper().category(categoryId);
    return valueOf(categoryId);
  }

  /** {@return the INDICATORS cell of this column, in the paper's order; not empty} */
  public Set<Indicator> indicators() {
    return select(Indicator.values(), i -> ImmutableSet.of(i.strategy()));
  }

  /** {@return the "FOR WHICH ORGANISATIONS?" cell of this column, in the paper's order; not empty} */
  public Set<OrganisationTrait> traits() {
    return select(OrganisationTrait.values(), OrganisationTrait::strategies);
  }

  /** {@return the BENEFITS cell of this column, in the paper's order; not empty} */
  public Set<Benefit> benefits() {
    return select(Benefit.values(), b -> ImmutableSet.of(b.strategy()));
  }

  /** {@return the CHALLENGES cell of this column, in the paper's order; not empty} */
  public Set<Challenge> challenges() {
    return select(Challenge.values(), c -> ImmutableSet.of(c.strategy()));
  }

  private <T> ImmutableSet<T> select(T[] all, Function<T, Set<ScalingStrategy>> strategies) {
    ImmutableSet.Builder<T> out = ImmutableSet.builder();
    for (T t : all) {
      if (strategies.apply(t).contains(this)) {
        out.add(t);
      }
    }
    return out.build();
  }

  /**
   * Reads a strategy from its label ({@code "Data-based growth"}), the paper's heading ({@code "DATA BASED
   * GROWTH"}) or its constant name, ignoring case and spacing.
   *
   * @param text the spelling; not null
   * @return the strategy
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the spelling is unknown; the message lists the accepted spellings
   */
  public static ScalingStrategy parse(String text) {
    return SPELLINGS.parse(text);
  }
}
