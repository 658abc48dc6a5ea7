package dev.garbo.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.garbo.definition.Located;
import dev.garbo.definition.RuleDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code .garbo.yaml} as written; {@link ConfigLoader} validates it into a {@link GarboConfig}. */
record ConfigFile(
    Located language,
    Located register,
    Boolean grammar,
    RuleSettings rules,
    List<String> accept,
    List<String> vocabulary,
    Weights weights,
    List<RuleDefinition> phrases,
    @JsonProperty("rule-files") List<Located> ruleFiles,
    Score score) {

  record Weights(Integer error, Integer warning, Integer suggestion) {}

  record Score(
      Map<String, String> fields,
      @JsonProperty("role-agent") List<String> roleAgent,
      @JsonProperty("role-customer") List<String> roleCustomer) {}

  /** {@code rules:} with the place of each rule id, for "unknown rule … did you mean" at its line. */
  @JsonDeserialize(using = RuleSettings.Reader.class)
  record RuleSettings(List<Setting> settings) {
    record Setting(Located id, Located value) {}

    static final class Reader extends JsonDeserializer<RuleSettings> {
      @Override
      public RuleSettings deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          return (RuleSettings) ctxt.handleUnexpectedToken(RuleSettings.class, p);
        }
        List<Setting> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = p.currentTokenLocation();
          Located id = new Located(p.currentName(), keyAt.getLineNr(), keyAt.getColumnNr());
          JsonToken v = p.nextToken();
          JsonLocation valueAt = p.currentTokenLocation();
          if (!v.isScalarValue()) {
            ctxt.reportInputMismatch(RuleSettings.class,
                "rule '%s' takes one of off, on, suggestion, warning, error", id.value());
          }
          out.add(new Setting(id, new Located(p.getValueAsString(), valueAt.getLineNr(), valueAt.getColumnNr())));
        }
        return new RuleSettings(List.copyOf(out));
      }
    }
  }
}
