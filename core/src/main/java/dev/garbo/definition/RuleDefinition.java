package dev.garbo.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A rule file as written (YAML, one rule per file): metadata, and per language its patterns,
 * exceptions and examples. See {@code docs/writing-rules.md} for the format.
 */
public record RuleDefinition(
    String id,
    String category,
    String severity,
    String since,
    List<String> aliases,
    Text title,
    Text message,
    Text why,
    String implementation,
    LanguageBlock en,
    LanguageBlock it) {

  /** A text in both languages. */
  public record Text(String en, String it) {}

  /** Everything a rule says about one language. */
  public record LanguageBlock(
      List<PatternDef> patterns,
      List<Located> unless,
      @JsonProperty("unless-sentence") List<Located> unlessSentence,
      @JsonProperty("unless-reply") List<Located> unlessReply,
      Escalation escalate,
      Map<String, List<Located>> sets,
      Examples examples) {}

  /** A pattern with its suggestions; written as a bare string when it has none of its own. */
  @JsonDeserialize(using = PatternDef.Reader.class)
  public record PatternDef(
      Located pattern,
      List<SuggestionDef> suggest,
      String severity,
      List<Located> after,
      Text message) {

    /** The object form; a separate type because a bare string must keep its place too. */
    record Full(Located pattern, List<SuggestionDef> suggest, String severity, List<Located> after, Text message) {}

    static final class Reader extends JsonDeserializer<PatternDef> {
      @Override
      public PatternDef deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          JsonLocation at = p.currentTokenLocation();
          return new PatternDef(new Located(p.getText(), at.getLineNr(), at.getColumnNr()), null, null, null, null);
        }
        Full f = ctxt.readValue(p, Full.class);
        return new PatternDef(f.pattern(), f.suggest(), f.severity(), f.after(), f.message());
      }
    }
  }

  /** A suggestion; Italian ones may be given per register ({@code lei}, {@code tu}, {@code voi}). */
  public record SuggestionDef(String text, String lei, String tu, String voi) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SuggestionDef of(String text) {
      return new SuggestionDef(text, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SuggestionDef {}
  }

  /** A stronger severity when the customer's previous message matches (a thank-you, say). */
  public record Escalation(List<Located> after, String severity) {}

  public record Examples(List<FiringExample> fire, List<SilentExample> silent) {}

  public record FiringExample(String text, String suggest, String context, String register, String note) {}

  public record SilentExample(String text, String context, String register, String note) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SilentExample of(String text) {
      return new SilentExample(text, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public SilentExample {}
  }
}
