package org.psoscale.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The parts of {@link PsoJson}'s strict reading policy that Jackson has no switch for: enum constants must be
 * written exactly (no white space around them, which Jackson would otherwise trim), and an array read into a set
 * must not repeat an element (Jackson would otherwise drop the repeat silently).
 */
final class StrictJson extends SimpleModule {
  private static final long serialVersionUID = 1L;

  StrictJson() {
    super("pso-scale-strict");
    setDeserializerModifier(new Modifier());
  }

  private static final class Modifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return new ExactEnum(deserializer, type);
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      return Set.class.isAssignableFrom(type.getRawClass()) ? new NoRepeats(deserializer, type) : deserializer;
    }
  }

  /** Rejects an enum constant with white space around it before the enum deserializer can trim it. */
  private static final class ExactEnum extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final JavaType type;

    ExactEnum(JsonDeserializer<?> delegate, JavaType type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new ExactEnum(newDelegatee, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if (!text.equals(text.strip())) {
          throw InvalidFormatException.from(p, "'" + text + "' has white space around it; write the constant"
              + " exactly, e.g. '" + text.strip() + "'", text, type.getRawClass());
        }
      }
      return _delegatee.deserialize(p, ctxt);
    }
  }

  /** Reads the array as a tree, rejects a repeated element, then lets the set deserializer read the tree. */
  private static final class NoRepeats extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final JavaType type;

    NoRepeats(JsonDeserializer<?> delegate, JavaType type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new NoRepeats(newDelegatee, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return _delegatee.deserialize(p, ctxt);
      }
      JsonNode array = ctxt.readTree(p);
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode element : array) {
        if (!seen.add(element)) {
          throw InvalidFormatException.from(p, "repeats " + element + "; a set holds each value once",
              element.toString(), type.getRawClass());
        }
      }
      try (JsonParser sub = array.traverse(p.getCodec())) {
        sub.nextToken();
        return _delegatee.deserialize(sub, ctxt);
      }
    }
  }
}
