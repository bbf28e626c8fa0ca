package org.psoscale.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Guava testlib over every value type: equals/hashCode, null handling and serialization. */
class GuavaTestlibTest {
  private static final ScalersAssessment SCALERS =
      ScalersAssessment.of(Map.of(ScalersCapability.STAFFING, 4, ScalersCapability.LOBBYING, 2));
  private static final PsoProfile PROFILE = PsoProfile.builder()
      .addIndicator(Indicator.REAL_WORLD_FOCI)
      .addTrait(OrganisationTrait.FOUNDERS_FROM_SECTOR)
      .addActivity(Activity.ORGANISING_EVENTS)
      .addAbsentFeature(ProfileFeature.of(OrganisationTrait.START_UP_OR_NEW_ENTRANT))
      .scalers(SCALERS)
      .build();
  private static final Pso PSO = Pso.builder()
      .name("FixMyStreet")
      .addAlias("Fix My Street")
      .foundingYear(2007)
      .legalStatus(LegalStatus.NON_PROFIT)
      .country(CountryCode.of("GB"))
      .addSector(Sector.CIVIC_ENGAGEMENT)
      .addSubcategory(SectorSubcategory.CITY)
      .website(URI.create("https://www.fixmystreet.com"))
      .description("Report local problems.")
      .profile(PROFILE)
      .build();
  private static final LabelledProfile EXAMPLE =
      LabelledProfile.of("fixmystreet", PROFILE, ScalingStrategy.TECHNOLOGICAL_REPLICATION);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "Olio")
        .setDefault(URI.class, URI.create("https://olioex.com"))
        .setDefault(CountryCode.class, CountryCode.of("GB"))
        .setDefault(PsoProfile.class, PROFILE)
        .setDefault(ScalersAssessment.class, SCALERS)
        .setDefault(Pso.class, PSO)
        .setDefault(LabelledProfile.class, EXAMPLE)
        .setDefault(Sector.class, Sector.SHARING)
        .setDefault(ScalingStrategy.class, ScalingStrategy.DATA_BASED_GROWTH)
        .setDefault(OptionalInt.class, OptionalInt.of(2010))
        .setDefault(ProfileFeature.class, ProfileFeature.of(Indicator.REAL_WORLD_FOCI));
  }

  // ---------------------------------------------------------------- EqualsTester

  @Test
  void psoEquality() {
    ImmutablePso base = ImmutablePso.copyOf(PSO);
    new EqualsTester()
        .addEqualityGroup(PSO, Pso.builder().from(PSO).build(), SerializableTester.reserialize(PSO))
        .addEqualityGroup(base.withName("FixMyStreet!"))
        .addEqualityGroup(base.withAliases())
        .addEqualityGroup(base.withAliases("FMS"))
        .addEqualityGroup(base.withFoundingYear(2008))
        .addEqualityGroup(base.withFoundingYear(OptionalInt.empty()))
        .addEqualityGroup(base.withLegalStatus(LegalStatus.FOR_PROFIT))
        .addEqualityGroup(base.withCountry(CountryCode.of("EU")))
        .addEqualityGroup(base.withSectors(Sector.CIVIC_ENGAGEMENT, Sector.SHARING))
        .addEqualityGroup(base.withSubcategories(SectorSubcategory.PETITION))
        .addEqualityGroup(base.withWebsite(URI.create("http://www.fixmystreet.com")))
        .addEqualityGroup(base.withDescription("Report local problems!"))
        .addEqualityGroup(base.withProfile(PsoProfile.empty()))
        .addEqualityGroup(Pso.of("FixMyStreet", Sector.CIVIC_ENGAGEMENT),
            Pso.builder().name("FixMyStreet").addSector(Sector.CIVIC_ENGAGEMENT).profile(PsoProfile.empty()).build())
        .testEquals();
  }

  @Test
  void profileEquality() {
    ImmutablePsoProfile base = ImmutablePsoProfile.copyOf(PROFILE);
    new EqualsTester()
        .addEqualityGroup(
            PROFILE, PsoProfile.builder().from(PROFILE).build(), SerializableTester.reserialize(PROFILE))
        .addEqualityGroup(base.withIndicators(Indicator.STRONG_LOCAL_NETWORKS))
        .addEqualityGroup(base.withTraits())
        .addEqualityGroup(base.withActivities(Activity.ORGANISING_EVENTS, Activity.ONLINE_VOTING))
        .addEqualityGroup(base.withScalers(java.util.Optional.empty()))
        .addEqualityGroup(base.withAbsentFeatures())
        .addEqualityGroup(
            PsoProfile.empty(), PsoProfile.builder().build(), PsoProfile.of(List.of(), List.of(), List.of()))
        .testEquals();
  }

  @Test
  void scalersAssessmentEquality() {
    new EqualsTester()
        .addEqualityGroup(SCALERS,
            ScalersAssessment.builder().putScore(ScalersCapability.LOBBYING, 2).putScore(ScalersCapability.STAFFING, 4)
                .build(),
            SerializableTester.reserialize(SCALERS))
        .addEqualityGroup(ScalersAssessment.of(Map.of(ScalersCapability.STAFFING, 4)))
        .addEqualityGroup(ScalersAssessment.of(Map.of(ScalersCapability.STAFFING, 4, ScalersCapability.LOBBYING, 3)))
        .addEqualityGroup(ScalersAssessment.of(Map.of()), ScalersAssessment.builder().build())
        .testEquals();
  }

  @Test
  void labelledProfileEquality() {
    new EqualsTester()
        .addEqualityGroup(EXAMPLE,
            LabelledProfile.of("fixmystreet", PsoProfile.builder().from(PROFILE).build(),
                ScalingStrategy.TECHNOLOGICAL_REPLICATION),
            SerializableTester.reserialize(EXAMPLE))
        .addEqualityGroup(LabelledProfile.of("FixMyStreet", PROFILE, ScalingStrategy.TECHNOLOGICAL_REPLICATION))
        .addEqualityGroup(
            LabelledProfile.of("fixmystreet", PsoProfile.empty(), ScalingStrategy.TECHNOLOGICAL_REPLICATION))
        .addEqualityGroup(LabelledProfile.of("fixmystreet", PROFILE, ScalingStrategy.DATA_BASED_GROWTH))
        .testEquals();
  }

  @Test
  void countryCodeEquality() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("GB"), CountryCode.of("gb"), CountryCode.parse("UK"),
            CountryCode.parse("United Kingdom"), SerializableTester.reserialize(CountryCode.of("GB")))
        .addEqualityGroup(CountryCode.of("EU"), CountryCode.parse("European Union"))
        .addEqualityGroup(CountryCode.of("SE"), CountryCode.parse("SWEDEN"))
        .testEquals();
  }

  // ---------------------------------------------------------------- NullPointerTester

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(Pso.class, PsoProfile.class, ScalersAssessment.class, LabelledProfile.class,
        CountryCode.class, PsoJson.class, ImmutablePso.class, ImmutablePsoProfile.class,
        ImmutableScalersAssessment.class, ImmutableLabelledProfile.class, ImmutableCountryCode.class)) {
      t.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void enumParsersRejectNulls() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(Sector.class, LegalStatus.class, ScalingStrategy.class, ScalersCapability.class,
        SectorSubcategory.class, Activity.class, ActivityArea.class, Space.class, Indicator.class, Benefit.class,
        Challenge.class, OrganisationTrait.class, ScalingChallenge.class)) {
      t.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester t = tester();
    for (Object value : List.of(PSO, PROFILE, SCALERS, EXAMPLE, CountryCode.of("FR"), PsoProfile.empty(),
        Pso.of("Olio", Sector.SHARING))) {
      t.testAllPublicInstanceMethods(value);
    }
  }

  @ParameterizedTest
  @EnumSource(OrganisationTrait.class)
  void traitInstanceMethodsRejectNulls(OrganisationTrait trait) {
    tester().testAllPublicInstanceMethods(trait);
  }

  @Test
  void buildersRejectNulls() {
    NullPointerTester t = tester();
    for (Object builder : List.of(Pso.builder(), PsoProfile.builder(), ScalersAssessment.builder(),
        ImmutableLabelledProfile.builder(), ImmutableCountryCode.builder(), Pso.builder().from(PSO),
        PsoProfile.builder().from(PROFILE))) {
      t.testAllPublicInstanceMethods(builder);
    }
  }

  // ---------------------------------------------------------------- SerializableTester

  @Test
  void everyValueTypeReserializes() {
    for (Object value : List.of(PSO, Pso.of("Olio", Sector.FOOD_WASTE), PROFILE, PsoProfile.empty(), SCALERS,
        ScalersAssessment.of(ImmutableMap.of()), EXAMPLE, CountryCode.of("EU"), CountryCode.of("NO"))) {
      Object copy = SerializableTester.reserializeAndAssert(value);
      assertNotSame(value, copy);
      assertEquals(value.toString(), copy.toString());
    }
  }
}
