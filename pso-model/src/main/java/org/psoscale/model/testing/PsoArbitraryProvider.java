package org.psoscale.model.testing;

import java.util.Collections;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.psoscale.model.CountryCode;
import org.psoscale.model.LabelledProfile;
import org.psoscale.model.Pso;
import org.psoscale.model.PsoProfile;
import org.psoscale.model.ScalersAssessment;

/**
 * Lets jqwik resolve {@code @ForAll Pso}, {@code @ForAll PsoProfile}, {@code @ForAll ScalersAssessment},
 * {@code @ForAll CountryCode} and {@code @ForAll LabelledProfile} without {@code @From}, using the
 * arbitraries of {@link PsoArbitraries}. jqwik finds it through {@link java.util.ServiceLoader}: the pso-model
 * jar lists it in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}. Collections of these
 * types ({@code @ForAll List<Pso>}) work too, through jqwik's own collection providers.
 */
public final class PsoArbitraryProvider implements ArbitraryProvider {
  /** Creates the provider; jqwik calls this through {@link java.util.ServiceLoader}. */
  public PsoArbitraryProvider() {}

  /**
   * Whether {@code targetType} is one of the value types this provider serves.
   *
   * @param targetType the type of the parameter; not null
   * @return {@code true} for {@link Pso}, {@link PsoProfile}, {@link ScalersAssessment}, {@link CountryCode}
   *     and {@link LabelledProfile}
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return arbitraryFor(targetType) != null;
  }

  /**
   * The arbitrary for {@code targetType}.
   *
   * @param targetType the type of the parameter; not null
   * @param subtypeProvider unused: the value types have no type parameters
   * @return a set holding the one arbitrary for the type, or an empty set for other types
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Arbitrary<?> arbitrary = arbitraryFor(targetType);
    return arbitrary == null ? Collections.emptySet() : Collections.singleton(arbitrary);
  }

  private static Arbitrary<?> arbitraryFor(TypeUsage type) {
    if (type.isOfType(Pso.class)) {
      return PsoArbitraries.psos();
    } else if (type.isOfType(PsoProfile.class)) {
      return PsoArbitraries.profiles();
    } else if (type.isOfType(ScalersAssessment.class)) {
      return PsoArbitraries.scalersAssessments();
    } else if (type.isOfType(CountryCode.class)) {
      return PsoArbitraries.countryCodes();
    } else if (type.isOfType(LabelledProfile.class)) {
      return PsoArbitraries.labelledProfiles();
    }
    return null;
  }
}
