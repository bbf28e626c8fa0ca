package org.psoscale.model.testing;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Package-private vocabulary shared by {@link PsoGenerators} and {@link PsoArbitraries}. It must not refer to
 * any jqwik type: {@link PsoGenerators} uses it on class paths without jqwik.
 */
final class Pools {
  private Pools() {}

  /** Names as the paper's appendix and sector table print them, oddities included. */
  static final ImmutableList<String> PAPER_NAMES = ImmutableList.of(
      "38 DEGREES",
      "ARTPORTALEN",
      "BEMYEYES",
      "Buonacausa",
      "DEREV.IT",
      "FRAGDENSTAA T",
      "GRAINESDETR OC",
      "Health Unlocked",
      "I-boycott",
      "No!Lo Tiro",
      "Open Food Facts - France",
      "Open Food Facts – France",
      "Open street map",
      "TOO GOOD TO GO",
      "Calm by Singa",
      "Sauvages de la mer",
      "La compagnie des Aidants",
      "FORYOURNEIGHBOURHOOD.NL");

  /** Words, some non-ASCII, one outside the Basic Multilingual Plane; none contains white space. */
  static final ImmutableList<String> WORDS = ImmutableList.of(
      "Olio", "Civic", "Share", "Data", "Hive", "Street", "Bank", "Link", "Map", "Open", "Peer", "Go", "Teo",
      "Café", "Straße", "Ærø", "Łódź", "Škoda", "Ñandú", "Ελλάδα", "Дом", "東京", "डेटा", "Göteborg",
      "Façade", "l'Aide", "O'Neill", "🌱");

  /** Separators between words of a composed name. */
  static final ImmutableList<String> SEPARATORS =
      ImmutableList.of(" ", " ", " ", "-", " & ", ".", "!", " / ", ", ", "’", " – ", "\u00A0");

  /** Characters that are never white space, so a string holding one of them is never blank. */
  static final String VISIBLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
      + "éèêëàâäçñöüßøåæœÉÀÇÑÖÜØÅÆ" + "αβγδλΩ" + "жЖщ" + "東京中" + "ąłżš";

  /** Punctuation seen in organisation names. */
  static final String PUNCTUATION = "!?.,:;'\"-–’&/()#@+*";

  /** Space characters (ASCII and no-break space). */
  static final String SPACES = "  \u00A0";

  /** Characters that Guava's {@code CharMatcher.whitespace()} treats as white space, for blank strings. */
  static final String WHITESPACE = " \t\n\r\u000B\f\u00A0\u2003\u3000\u2028";

  /** Top-level domains for generated websites. */
  static final ImmutableList<String> TLDS = ImmutableList.of("org", "com", "fr", "de", "co.uk", "eu", "nl", "it");

  /** The countries of the paper's appendix as codes (UK as GB), and EU. */
  static final ImmutableList<String> PAPER_COUNTRIES =
      ImmutableList.of("GB", "SE", "NO", "FR", "DK", "DE", "IT", "ES", "NL", "EU");

  /** Every code {@code CountryCode.of} accepts: the JDK's ISO 3166-1 alpha-2 codes and EU. */
  static final ImmutableList<String> ALL_COUNTRIES = ImmutableList.<String>builder()
      .add(Locale.getISOCountries())
      .add("EU")
      .build();

  /** Description sentences. */
  static final ImmutableList<String> SENTENCES = ImmutableList.of(
      "A platform to swap things with neighbours.",
      "Crowdfunding for civic projects; since 2012.",
      "Plateforme de dons – « zéro gaspillage ».",
      "Bürgerbeteiligung für alle!",
      "Open data on companies (\"open corporates\").",
      "Wheelchair-accessible places, mapped by users 🌍.",
      "x");

  /** The current year in UTC, as {@code Pso} checks it. */
  static int currentYear() {
    return Year.now(ZoneOffset.UTC).getValue();
  }
}
