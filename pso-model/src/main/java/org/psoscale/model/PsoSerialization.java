package org.psoscale.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Java serialization of PSO Scale values, made safe: every value is written as a {@linkplain Form serialized form}
 * holding plain data, and read back through the type's own builder or factory, so a crafted stream cannot build a
 * value that breaks an invariant; and an {@link ObjectInputFilter} admits only these forms and what they hold.
 *
 * <h2>What a serialized value is</h2>
 *
 * Every serializable value type of {@code pso-model}, {@code pso-classifier} and {@code pso-dataset} writes itself
 * (through {@code writeReplace}) as a subclass of {@link Form}: an array of strings, boxed numbers, booleans,
 * enum constants of ours, {@link URI}s, primitive arrays, arrays of these, and the forms of nested values. Reading
 * it back checks the type of every element and calls the type's builder or factory, so every invariant documented
 * on the type is checked again; a violation throws {@link InvalidObjectException} whose message names the type and
 * the field, e.g. {@code "Pso.sectors[0]: expected a Sector, found java.lang.String"} or
 * {@code "Pso: foundingYear: 3000 is impossible; allowed 1800 to 2026"} (in 2026). A stream that holds one of the
 * value classes themselves (their fields written directly, as a hand-crafted stream would) is rejected with
 * {@link InvalidObjectException} as well. The serialized form is not a stable exchange format: use JSON for that.
 *
 * <h2>Reading untrusted streams</h2>
 *
 * Java deserialization of untrusted bytes remains risky in general; prefer JSON. If you must, use
 * {@link #deserialize(InputStream, Class)}, or install {@link #filter()} on your own {@link ObjectInputStream}
 * ({@code in.setObjectInputFilter(PsoSerialization.filter())}). The filter admits only:
 * <ul>
 *   <li>classes of PSO Scale (a package under {@code org.psoscale}): the serialized forms of every module's
 *       values, which is how {@code pso-classifier} and {@code pso-dataset} types are admitted without being
 *       listed here, our enums, and the value classes themselves, because the JDK also shows the filter the value
 *       each form resolves to (a stream holding a value class's own fields is still rejected, by the class);</li>
 *   <li>{@link String}, {@link Integer}, {@link Long}, {@link Double}, {@link Boolean}, {@link Number},
 *       {@link Enum}, {@link URI}, primitive arrays, {@code Object[]} and arrays of admitted classes;</li>
 * </ul>
 * and bounds the stream to a depth of {@value #MAX_DEPTH}, {@value #MAX_REFERENCES} references, arrays of at most
 * {@value #MAX_ARRAY_LENGTH} elements and {@value #MAX_BYTES} bytes; the bundled data set, the largest value we
 * know, needs less than a tenth of each. Everything else, every JDK or library class not listed (Guava's
 * collections included), is rejected (an {@link java.io.InvalidClassException} whose message
 * says {@code "filter status: REJECTED"}).
 */
public final class PsoSerialization {
  /** The deepest nesting of objects {@link #filter()} admits. */
  public static final int MAX_DEPTH = 64;

  /** The most object references in one stream {@link #filter()} admits. */
  public static final int MAX_REFERENCES = 2_000_000;

  /** The longest array {@link #filter()} admits. */
  public static final int MAX_ARRAY_LENGTH = 1_000_000;

  /** The longest stream, in bytes, {@link #filter()} admits (256 MiB). */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final Set<Class<?>> PLAIN = Set.of(Object.class, // only ever seen as an array's component
      String.class, Integer.class, Long.class, Double.class, Boolean.class, Number.class, Enum.class, URI.class);

  private static final ObjectInputFilter FILTER = PsoSerialization::check;

  private PsoSerialization() {}

  /**
   * The filter described in the class documentation: it admits only serialized forms of ours and the plain data
   * they hold, within the stated bounds. Stateless and thread-safe; the same instance on every call.
   *
   * @return the filter; not null
   */
  public static ObjectInputFilter filter() {
    return FILTER;
  }

  private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
    if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES
        || info.arrayLength() > MAX_ARRAY_LENGTH) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    return admitted(c) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }

  private static boolean admitted(Class<?> c) {
    while (c.isArray()) {
      c = c.getComponentType();
    }
    return c.isPrimitive()
        || PLAIN.contains(c)
        || c.getName().startsWith("org.psoscale.");
  }

  /**
   * Reads one value of the expected type from a Java serialization stream through {@link #filter()}. The stream
   * is not closed.
   *
   * @param <T> the type expected
   * @param in the serialized bytes; not null
   * @param type the class expected, e.g. {@code Pso.class} or {@code PsoDataset.class}; not null
   * @return the value, checked like one built by its builder
   * @throws NullPointerException if an argument is null
   * @throws InvalidObjectException if the stream holds an invalid value (the message names the type and field),
   *     a value of another type, or is otherwise malformed in a way the JDK reports as an unchecked exception
   * @throws java.io.InvalidClassException if the filter rejects a class or a bound (message
   *     {@code "filter status: REJECTED"})
   * @throws IOException if reading fails or the stream is not a serialization stream
   */
  public static <T> T deserialize(InputStream in, Class<T> type) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    ObjectInputStream objects = new ObjectInputStream(in);
    objects.setObjectInputFilter(FILTER);
    Object value;
    try {
      value = objects.readObject();
    } catch (ClassNotFoundException e) {
      throw invalid("stream", "unknown class " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw invalid("stream", "malformed: " + e, e);
    }
    if (!type.isInstance(value)) {
      throw new InvalidObjectException("stream: expected a " + type.getName() + ", found "
          + (value == null ? "null" : value.getClass().getName()));
    }
    return type.cast(value);
  }

  /**
   * The exception a value class throws when its own fields, rather than its {@link Form}, appear in a stream: only
   * a crafted stream does that. Value classes call it from their {@code readObject} and {@code readObjectNoData}.
   *
   * @param type the value class; not null
   * @return the exception to throw; not null
   */
  public static InvalidObjectException formRequired(Class<?> type) {
    return new InvalidObjectException(type.getSimpleName() + ": is read only through its serialized form; this"
        + " stream holds its fields directly (crafted or from another version)");
  }

  private static InvalidObjectException invalid(String where, String message, Throwable cause) {
    InvalidObjectException e = new InvalidObjectException(where + ": " + message);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /**
   * The serialized form of a value: its fields, in a fixed order, as plain data. Each serializable value type
   * has a private subclass that writes the fields in its constructor and rebuilds the value through the type's
   * builder or factory in {@link #restore(Fields)}. Reading a form never trusts the stream: every field's type is
   * checked by {@link Fields}, and any exception from the builder becomes an {@link InvalidObjectException} naming
   * the type; so does any unchecked exception the JDK throws while reading the form's data (an
   * {@link ArrayStoreException} for an array element of the wrong class, say).
   */
  public abstract static class Form implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The field values, in the order {@link #restore(Fields)} reads them. */
    private final Object[] values;

    /**
     * A form holding these field values. Collections and maps must be converted with {@link #list(Collection)}
     * and {@link #map(Map)}, optionals with {@link #opt(Optional)} and its siblings.
     *
     * @param values the fields in order; not null (elements may be null)
     */
    protected Form(Object... values) {
      this.values = values.clone();
    }

    /**
     * Rebuilds the value from its fields, read in the order the constructor wrote them.
     *
     * @param fields the fields; not null
     * @return the value; not null
     * @throws InvalidObjectException if a field is missing or of the wrong type (thrown by {@code fields})
     */
    protected abstract Object restore(Fields fields) throws InvalidObjectException;

    /** The simple name of the value type, for messages: the class enclosing the form. */
    final String typeName() {
      Class<?> outer = getClass().getEnclosingClass();
      return (outer == null ? getClass() : outer).getSimpleName();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      try {
        in.defaultReadObject();
      } catch (RuntimeException e) {
        throw invalid(typeName(), "malformed serialized form: " + e, e);
      }
    }

    /**
     * Rebuilds the value; see the class documentation.
     *
     * @return the value
     * @throws ObjectStreamException ({@link InvalidObjectException}) if the form is invalid
     */
    protected final Object readResolve() throws ObjectStreamException {
      String type = typeName();
      if (values == null) {
        throw new InvalidObjectException(type + ": serialized form without fields");
      }
      Fields fields = new Fields(type, values);
      Object value;
      try {
        value = restore(fields);
      } catch (InvalidObjectException e) {
        throw e;
      } catch (RuntimeException e) {
        throw invalid(type, String.valueOf(e.getMessage()), e);
      }
      fields.end();
      return value;
    }

    /**
     * A collection as a form field.
     *
     * @param c the collection; may be null (for a crafted value)
     * @return its elements, or null
     */
    protected static Object[] list(Collection<?> c) {
      return c == null ? null : c.toArray();
    }

    /**
     * A map as a form field: keys and values alternating, in iteration order.
     *
     * @param m the map; may be null (for a crafted value)
     * @return key, value, key, value, ...; or null
     */
    protected static Object[] map(Map<?, ?> m) {
      if (m == null) {
        return null;
      }
      Object[] out = new Object[2 * m.size()];
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out[i++] = e.getKey();
        out[i++] = e.getValue();
      }
      return out;
    }

    /**
     * An optional as a form field.
     *
     * @param o the optional; may be null
     * @return its value, or null
     */
    protected static Object opt(Optional<?> o) {
      return o == null ? null : o.orElse(null);
    }

    /**
     * An optional int as a form field.
     *
     * @param o the optional; may be null
     * @return its value boxed, or null
     */
    protected static Integer opt(OptionalInt o) {
      return o == null || o.isEmpty() ? null : o.getAsInt();
    }

    /**
     * An optional double as a form field.
     *
     * @param o the optional; may be null
     * @return its value boxed, or null
     */
    protected static Double opt(OptionalDouble o) {
      return o == null || o.isEmpty() ? null : o.getAsDouble();
    }
  }

  /**
   * The fields of a {@link Form} being read, in order, each checked for presence and type. Every method names the
   * field in its exception message as {@code Type.field} (with {@code [i]} for an element). Not thread-safe; used
   * only inside {@link Form#restore(Fields)}.
   */
  public static final class Fields {
    private final String type;
    private final Object[] values;
    private int next;

    Fields(String type, Object[] values) {
      this.type = type;
      this.values = values;
    }

    private Object raw(String field) throws InvalidObjectException {
      if (next >= values.length) {
        throw new InvalidObjectException(type + "." + field + ": missing; the serialized form has only "
            + values.length + " fields");
      }
      return values[next++];
    }

    private InvalidObjectException wrongType(String field, Class<?> expected, Object found) {
      return new InvalidObjectException(type + "." + field + ": expected a " + expected.getSimpleName() + ", found "
          + (found == null ? "null" : found.getClass().getName()));
    }

    private <T> T cast(String field, Object value, Class<T> expected) throws InvalidObjectException {
      if (!expected.isInstance(value)) {
        throw wrongType(field, expected, value);
      }
      return expected.cast(value);
    }

    /**
     * The next field, required.
     *
     * @param <T> its type
     * @param field its name, for messages; not null
     * @param expected its class; not null
     * @return the value; not null
     * @throws InvalidObjectException if it is missing, null or of another class
     */
    public <T> T get(String field, Class<T> expected) throws InvalidObjectException {
      return cast(field, raw(field), expected);
    }

    /**
     * The next field, a string, required.
     *
     * @param field its name, for messages; not null
     * @return the value; not null
     * @throws InvalidObjectException if it is missing, null or not a string
     */
    public String string(String field) throws InvalidObjectException {
      return get(field, String.class);
    }

    /**
     * The next field, an int, required.
     *
     * @param field its name, for messages; not null
     * @return the value
     * @throws InvalidObjectException if it is missing, null or not an {@link Integer}
     */
    public int intValue(String field) throws InvalidObjectException {
      return get(field, Integer.class);
    }

    /**
     * The next field, a double, required.
     *
     * @param field its name, for messages; not null
     * @return the value
     * @throws InvalidObjectException if it is missing, null or not a {@link Double}
     */
    public double doubleValue(String field) throws InvalidObjectException {
      return get(field, Double.class);
    }

    /**
     * The next field, a boolean, required.
     *
     * @param field its name, for messages; not null
     * @return the value
     * @throws InvalidObjectException if it is missing, null or not a {@link Boolean}
     */
    public boolean booleanValue(String field) throws InvalidObjectException {
      return get(field, Boolean.class);
    }

    /**
     * The next field, optional.
     *
     * @param <T> its type
     * @param field its name, for messages; not null
     * @param expected its class; not null
     * @return the value, or empty if it is null
     * @throws InvalidObjectException if it is missing or of another class
     */
    public <T> Optional<T> optional(String field, Class<T> expected) throws InvalidObjectException {
      Object value = raw(field);
      return value == null ? Optional.empty() : Optional.of(cast(field, value, expected));
    }

    /**
     * The next field, an optional int.
     *
     * @param field its name, for messages; not null
     * @return the value, or empty if it is null
     * @throws InvalidObjectException if it is missing or not an {@link Integer}
     */
    public OptionalInt optionalInt(String field) throws InvalidObjectException {
      Optional<Integer> value = optional(field, Integer.class);
      return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    /**
     * The next field, a double array, required; a copy.
     *
     * @param field its name, for messages; not null
     * @return the values; not null
     * @throws InvalidObjectException if it is missing, null or not a {@code double[]}
     */
    public double[] doubles(String field) throws InvalidObjectException {
      return get(field, double[].class).clone();
    }

    /**
     * The next field, a list written with {@link Form#list(Collection)}, required; no element may be null.
     *
     * @param <T> the element type
     * @param field its name, for messages; not null
     * @param element the element class; not null
     * @return the elements, in order; not null
     * @throws InvalidObjectException if it is missing or null, or an element is null or of another class
     */
    public <T> ImmutableList<T> list(String field, Class<T> element) throws InvalidObjectException {
      Object[] array = get(field, Object[].class);
      List<T> out = new ArrayList<>(array.length);
      for (int i = 0; i < array.length; i++) {
        out.add(cast(field + "[" + i + "]", array[i], element));
      }
      return ImmutableList.copyOf(out);
    }

    /**
     * The next field, a map written with {@link Form#map(Map)}, required; no key or value may be null, no key
     * repeated.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param field its name, for messages; not null
     * @param key the key class; not null
     * @param value the value class; not null
     * @return the entries, in order; not null
     * @throws InvalidObjectException if it is missing or null, has an odd length, a repeated key, or a null or
     *     mistyped key or value
     */
    public <K, V> ImmutableMap<K, V> map(String field, Class<K> key, Class<V> value) throws InvalidObjectException {
      Object[] array = get(field, Object[].class);
      if (array.length % 2 != 0) {
        throw new InvalidObjectException(type + "." + field + ": " + array.length + " elements, expected key-value"
            + " pairs");
      }
      Map<K, V> out = new LinkedHashMap<>();
      for (int i = 0; i < array.length; i += 2) {
        K k = cast(field + "[" + (i / 2) + "].key", array[i], key);
        V v = cast(field + "[" + k + "]", array[i + 1], value);
        if (out.put(k, v) != null) {
          throw new InvalidObjectException(type + "." + field + ": key " + k + " is repeated");
        }
      }
      return ImmutableMap.copyOf(out);
    }

    void end() throws InvalidObjectException {
      if (next != values.length) {
        throw new InvalidObjectException(type + ": the serialized form has " + values.length + " fields, expected "
            + next);
      }
    }
  }
}
