package org.psoscale.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The JSON configuration of PSO Scale. Every value type and enum of the project round-trips through a mapper
 * from {@link #mapper()}: enums are written by constant name; absent optionals are omitted; unknown properties
 * and unknown enum constants fail, the latter with a message listing the accepted constants.
 */
public final class PsoJson {
  private PsoJson() {}

  /**
   * A new mapper configured for PSO Scale values (Guava and JDK 8 modules, strict reading, indented output).
   * Each call returns a fresh instance, so callers may configure it further without affecting others; a
   * configured mapper is thread-safe.
   *
   * @return a new mapper; not null
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new GuavaModule())
        .addModule(new Jdk8Module())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }
}
