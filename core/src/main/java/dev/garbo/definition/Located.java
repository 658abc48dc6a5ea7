package dev.garbo.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * A string from a YAML file with the line and column it was written at, so that an error found
 * after parsing (a bad pattern, an unknown rule id) can still point at it.
 */
@JsonDeserialize(using = Located.Reader.class)
public record Located(String value, int line, int column) {

  public static Located of(String value) {
    return new Located(value, 0, 0);
  }

  @Override
  public String toString() {
    return value;
  }

  static final class Reader extends JsonDeserializer<Located> {
    @Override
    public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation loc = p.currentTokenLocation();
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && !t.isScalarValue()) {
        return (Located) ctxt.handleUnexpectedToken(Located.class, p);
      }
      return new Located(p.getValueAsString(), loc.getLineNr(), loc.getColumnNr());
    }
  }
}
