package org.psoscale.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A country as an ISO 3166-1 alpha-2 code ({@code "GB"}, {@code "SE"}), plus one documented supranational code,
 * {@value #EUROPEAN_UNION}, for organisations the paper places in the European Union as a whole (WeMove).
 * {@code EU} is an ISO 3166 <em>exceptionally reserved</em> code, not a country; {@link #isSupranational()}
 * says so, so that analyses by country can treat it apart.
 *
 * <p>{@link #of(String)} takes a code only; {@link #parse(String)} also reads English country names
 * ({@code "SWEDEN"}, {@code "United Kingdom"}) and the paper's {@code "UK"}, which becomes {@code GB}. In JSON a
 * country code is a plain string, e.g. {@code "GB"}. The known codes are the JDK's
 * {@link Locale#getISOCountries()}.
 */
@Value.Immutable
@PsoStyle
public abstract class CountryCode implements Comparable<CountryCode>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The supranational code kept for the European Union. */
  public static final String EUROPEAN_UNION = "EU";

  private static final ImmutableSortedSet<String> CODES =
      ImmutableSortedSet.<String>naturalOrder().add(Locale.getISOCountries()).add(EUROPEAN_UNION).build();

  private static final ImmutableMap<String, String> NAMES = names();

  CountryCode() {}

  /** {@return the two upper-case letters of the code, e.g. {@code "GB"}; not null} */
  @JsonValue
  public abstract String code();

  /** {@return whether this is the supranational {@value #EUROPEAN_UNION} rather than a country} */
  public boolean isSupranational() {
    return EUROPEAN_UNION.equals(code());
  }

  /** {@return the English name, e.g. {@code "United Kingdom"}, or {@code "European Union"} for {@code EU}} */
  public String englishName() {
    return isSupranational() ? "European Union" : new Locale("", code()).getDisplayCountry(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    if (!CODES.contains(code())) {
      throw new IllegalArgumentException(
          "country: '" + code() + "' is not an ISO 3166-1 alpha-2 code (upper case) or EU;"
              + " allowed: " + CODES);
    }
  }

  /**
   * The country with this ISO 3166-1 alpha-2 code, or the European Union for {@code "EU"}; case is ignored.
   *
   * @param code two letters; not null
   * @return the country code
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not a known ISO code or EU (the paper's "UK" is not an ISO
   *     code: use {@link #parse(String)} for it); the message lists the allowed codes. JSON is stricter: there the
   *     code must already be upper case, without spaces
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    return ImmutableCountryCode.builder().code(code.trim().toUpperCase(Locale.ROOT)).build();
  }

  /**
   * The JSON form: exactly the upper-case code ({@code "GB"}), nothing trimmed or case-folded, so that reading
   * changes nothing silently (see {@link PsoJson}); {@link #of(String)} is the lenient factory for code.
   */
  @JsonCreator
  private static CountryCode fromJson(String code) {
    Objects.requireNonNull(code, "code");
    if (!code.equals(code.strip().toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("country: '" + code + "' must be written as an upper-case ISO 3166-1"
          + " alpha-2 code without spaces, e.g. '" + code.strip().toUpperCase(Locale.ROOT) + "'");
    }
    return of(code);
  }

  /**
   * Reads a country from a code ({@code "IT"}), an English name ({@code "SWEDEN"}, {@code "Netherlands"}),
   * {@code "UK"} (becomes {@code GB}) or {@code "European Union"}; case and spacing are ignored.
   *
   * @param text a code or English name; not null
   * @return the country code
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is neither a known code nor a known English name
   */
  public static CountryCode parse(String text) {
    Objects.requireNonNull(text, "country");
    String key = Spellings.normalise(text);
    if (key.length() == 2 && CODES.contains(key)) {
      return of(key);
    }
    String code = NAMES.get(key);
    if (code == null) {
      throw new IllegalArgumentException(
          "country: unknown '" + text + "'; give an ISO 3166-1 alpha-2 code (" + CODES
              + "), an English country name, UK or European Union");
    }
    return of(code);
  }

  /** Orders by code. */
  @Override
  public int compareTo(CountryCode other) {
    return code().compareTo(other.code());
  }

  /** The code itself, e.g. {@code "GB"}. */
  @Override
  public String toString() {
    return code();
  }

  private static ImmutableMap<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      names.put(Spellings.normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    names.put("UK", "GB");
    names.put("GREAT BRITAIN", "GB");
    names.put("EUROPEAN UNION", EUROPEAN_UNION);
    return ImmutableMap.copyOf(names);
  }

  Object writeReplace() {
    return new Form(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(CountryCode.class);
  }

  private void readObjectNoData() throws java.io.InvalidObjectException {
    throw PsoSerialization.formRequired(CountryCode.class);
  }

  /** The serialized form: plain fields, rebuilt through the builder; see {@link PsoSerialization}. */
  private static final class Form extends PsoSerialization.Form {
    private static final long serialVersionUID = 1L;

    Form(CountryCode v) {
      super(v.code());
    }

    @Override
    protected Object restore(PsoSerialization.Fields f) throws java.io.InvalidObjectException {
      return ImmutableCountryCode.builder().code(f.string("code")).build();
    }
  }
}
