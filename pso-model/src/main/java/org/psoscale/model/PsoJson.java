package org.psoscale.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The JSON configuration of PSO Scale. Every value type and enum of the project round-trips through a mapper
 * from {@link #mapper()}: enums are written by constant name; absent optionals are omitted.
 *
 * <p>Reading is strict, one policy for every reader of the project (data sets, codebooks, codings, weights):
 * <ul>
 *   <li>unknown properties fail, and so do unknown enum constants, with a message listing the accepted ones;</li>
 *   <li>a key repeated within an object fails ({@code STRICT_DUPLICATE_DETECTION}), and so does anything after the
 *       top-level value ({@code FAIL_ON_TRAILING_TOKENS}: a file holding two data sets is not read as the first);</li>
 *   <li>nothing is coerced: a number is not read from a string ({@code "2009"}), an integer not from a fraction or
 *       exponent ({@code 2009.5}, {@code 2.009e3}), an enum not from its ordinal ({@code 0}), and a null is not
 *       read as a primitive (a JSON integer is still read into a floating-point field);</li>
 *   <li>nothing is trimmed: an enum constant with white space around it fails;</li>
 *   <li>an array read into a set must not repeat an element (it would otherwise be dropped silently);</li>
 *   <li>input is read as UTF-8 when it comes through {@link #utf8(InputStream)}, which the project's readers use,
 *       so that leading NUL bytes cannot make the parser guess UTF-16 or UTF-32.</li>
 * </ul>
 * Stream-read limits are Jackson's defaults (nesting depth 1,000, a number at most 1,000 characters, a string at
 * most 20,000,000 characters, a name at most 50,000), which no valid document of ours comes near.
 */
public final class PsoJson {
  /** Built once; never handed out (a mapper can be reconfigured), only its immutable readers and writers. */
  private static final ObjectMapper SHARED = mapper();
  private static final ObjectReader READER = SHARED.reader();
  private static final ObjectWriter WRITER = SHARED.writer();
  private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return READER.forType(type);
    }
  };

  private PsoJson() {}

  /**
   * The shared reader of the strict policy: built once, immutable and thread-safe, so reading costs no mapper or
   * module set-up. Derive variants with its {@code with}/{@code without}/{@code forType} methods (each returns a
   * new reader and leaves this one unchanged); keep a derived reader in a constant rather than deriving it per call.
   *
   * @return the shared reader; not null
   */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * The shared reader of the strict policy for one type, cached per type; see {@link #reader()}.
   *
   * @param type the type to read; not null
   * @return the shared reader for {@code type}; not null
   * @throws NullPointerException if {@code type} is null
   */
  public static ObjectReader reader(Class<?> type) {
    return READERS.get(java.util.Objects.requireNonNull(type, "type"));
  }

  /**
   * The shared writer (indented output, absent optionals omitted): built once, immutable and thread-safe. Derive
   * variants with its {@code with}/{@code without} methods; keep a derived writer in a constant.
   *
   * @return the shared writer; not null
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * A reader decoding {@code in} as UTF-8, reporting (not replacing) malformed bytes: reading it throws
   * {@link java.nio.charset.MalformedInputException} at the first byte that is not UTF-8. The project's readers
   * parse through it, so that the encoding is never guessed from the first bytes.
   *
   * @param in the bytes; not null; closing the reader closes it
   * @return the reader
   * @throws NullPointerException if {@code in} is null
   */
  public static Reader utf8(InputStream in) {
    return new InputStreamReader(java.util.Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * A new mapper configured for PSO Scale values (Guava and JDK 8 modules, strict reading, indented output).
   * Each call returns a fresh instance, so callers may configure it further without affecting others; a
   * configured mapper is thread-safe. Building one costs milliseconds (modules, serializer caches): to read or
   * write, use the shared {@link #reader()} and {@link #writer()} instead.
   *
   * @return a new mapper; not null
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new GuavaModule())
        .addModule(new Jdk8Module())
        .addModule(new StrictJson())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfigDefaults(c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        // a JSON integer is a valid value for a floating-point field (a weight of 1 means 1.0)
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }
}
