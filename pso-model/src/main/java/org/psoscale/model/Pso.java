package org.psoscale.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.net.URI;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A platform-based social organisation: an organisation with a social or environmental mission whose work runs
 * through a digital platform that lets people exchange, access and provide data, find similar others, take part
 * in the governance of their communities or communicate with other stakeholders (the paper's definition).
 *
 * <p>Only {@link #name()} and at least one {@link #sectors() sector} are required; everything else is optional,
 * because the paper gives founding year, status and country only for its appendix cases. Invariants, checked
 * at construction with an {@link IllegalArgumentException} naming the field:
 * <ul>
 *   <li>{@code name}, each alias and {@code description} are not blank; aliases differ from the name; the name
 *       and each alias have at most {@value TextLimits#MAX_NAME_LENGTH} characters, the description at most
 *       {@value TextLimits#MAX_TEXT_LENGTH} (see {@link TextLimits} for why);</li>
 *   <li>{@code foundingYear} lies in [{@value #MIN_FOUNDING_YEAR}, the current year (UTC)];</li>
 *   <li>{@code sectors} is not empty and holds the sector of every sub-category;</li>
 *   <li>{@code website} is an absolute http or https URI.</li>
 * </ul>
 *
 * <p>JSON: {@code {"name": "FixMyStreet", "aliases": [], "foundingYear": 2007, "legalStatus": "NON_PROFIT",
 * "country": "GB", "sectors": ["CIVIC_ENGAGEMENT"], "subcategories": ["CITY"], "website":
 * "https://www.fixmystreet.com", "description": "…", "profile": {…}}}; absent optional fields are omitted.
 */
@Value.Immutable
@PsoStyle
@JsonSerialize(as = ImmutablePso.class)
@JsonDeserialize(as = ImmutablePso.class)
public abstract class Pso implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The earliest founding year accepted. PSOs are digital platforms, but the organisation behind one (a
   * charity, an agency, a society) may be much older; 1800 admits those and still catches typos.
   */
  public static final int MIN_FOUNDING_YEAR = 1800;

  Pso() {}

  /** {@return the organisation's name as normally written, e.g. {@code "FixMyStreet"}; not blank} */
  public abstract String name();

  /** {@return other names and spellings of the organisation; may be empty, never null} */
  public abstract ImmutableList<String> aliases();

  /** {@return the year the organisation was founded or its platform launched, if known} */
  public abstract OptionalInt foundingYear();

  /** {@return the legal status, if known} */
  public abstract Optional<LegalStatus> legalStatus();

  /** {@return the country of its seat, if known} */
  public abstract Optional<CountryCode> country();

  /** {@return the sectors of social issue it addresses; not empty} */
  public abstract ImmutableSet<Sector> sectors();

  /** {@return the sector sub-categories it addresses; may be empty} */
  public abstract ImmutableSet<SectorSubcategory> subcategories();

  /** {@return its website, if known} */
  public abstract Optional<URI> website();

  /** {@return a short description in our words, if any} */
  public abstract Optional<String> description();

  /** {@return what was observed of it; empty if nothing was coded} */
  @Value.Default
  public PsoProfile profile() {
    return PsoProfile.empty();
  }

  /**
   * The latest current year (UTC) the check has seen; asking the clock for every founding year cost more than the
   * rest of the check. A race only makes a thread ask the clock again.
   */
  private static final class YearSeen {
    static volatile int value = Year.now(ZoneOffset.UTC).getValue();
  }

  @Value.Check
  void check() {
    TextLimits.name("name", name());
    requireNotBlank("name", name());
    for (int i = 0; i < aliases().size(); i++) {
      String alias = aliases().get(i);
      if (alias.length() > TextLimits.MAX_NAME_LENGTH || CharMatcher.whitespace().matchesAllOf(alias)) {
        // the field name is only spelt out for the message
        TextLimits.name("aliases[" + i + "]", alias);
        requireNotBlank("aliases[" + i + "]", alias);
      }
      if (alias.equals(name())) {
        throw new IllegalArgumentException("aliases[" + i + "]: repeats the name '" + name() + "'");
      }
    }
    description().ifPresent(d -> requireNotBlank("description", TextLimits.text("description", d)));
    if (foundingYear().isPresent()) {
      int year = foundingYear().getAsInt();
      // a year up to one the clock has already shown is possible; only a later one asks the clock again
      int now = YearSeen.value;
      if (year > now) {
        now = Year.now(ZoneOffset.UTC).getValue();
        YearSeen.value = now;
      }
      if (year < MIN_FOUNDING_YEAR || year > now) {
        throw new IllegalArgumentException(
            "foundingYear: " + year + " is impossible; allowed " + MIN_FOUNDING_YEAR + " to " + now);
      }
    }
    if (sectors().isEmpty()) {
      throw new IllegalArgumentException("sectors: at least one is required; allowed " + ImmutableList.copyOf(
          Sector.values()));
    }
    for (SectorSubcategory c : subcategories()) {
      if (!sectors().contains(c.sector())) {
        throw new IllegalArgumentException(
            "subcategories: " + c + " belongs to sector " + c.sector() + ", which is not among sectors "
                + sectors() + "; allowed sub-categories: " + allowedSubcategories());
      }
    }
    website().ifPresent(uri -> {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("website: '" + uri + "' must be an absolute http or https URI");
      }
    });
  }

  private ImmutableSet<SectorSubcategory> allowedSubcategories() {
    ImmutableSet.Builder<SectorSubcategory> out = ImmutableSet.builder();
    sectors().forEach(s -> out.addAll(s.subcategories()));
    return out.build();
  }

  private static void requireNotBlank(String field, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  /**
   * A PSO with a name and its sectors, nothing else known.
   *
   * @param name the name; not null or blank
   * @param sector a sector; not null
   * @param more further sectors; not null, no null elements
   * @return the PSO
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Pso of(String name, Sector sector, Sector... more) {
    return builder().name(name).addSectors(sector).addSectors(more).build();
  }

  /** {@return a new, empty builder; {@code build()} checks the invariants listed on this class} */
  public static ImmutablePso.Builder builder() {
    return ImmutablePso.builder();
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(Pso.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(Pso.class);
  }

  /** The serialized form: plain fields, rebuilt through {@link #builder()}; see {@link PsoSerialization}. */
  private static final class Form extends PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(Pso p) {
      super(p.name(), list(p.aliases()), opt(p.foundingYear()), opt(p.legalStatus()), opt(p.country()),
          list(p.sectors()), list(p.subcategories()), opt(p.website()), opt(p.description()), p.profile());
    }

    @Override
    protected Object restore(PsoSerialization.Fields f) throws java.io.InvalidObjectException {
      return builder()
          .name(f.string("name"))
          .addAllAliases(f.list("aliases", String.class))
          .foundingYear(f.optionalInt("foundingYear"))
          .legalStatus(f.optional("legalStatus", LegalStatus.class))
          .country(f.optional("country", CountryCode.class))
          .addAllSectors(f.list("sectors", Sector.class))
          .addAllSubcategories(f.list("subcategories", SectorSubcategory.class))
          .website(f.optional("website", URI.class))
          .description(f.optional("description", String.class))
          .profile(f.get("profile", PsoProfile.class))
          .build();
    }
  }
}
