package dev.garbo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garbo.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON contract other tools build on: one object per reply ({@code garbo score} writes the same findings). */
public final class JsonOutput {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  static void writeReply(JsonGenerator g, CheckedReply r, boolean withFix) {
    try {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      if (r.file() != null) {
        g.writeStringField("file", r.file());
      }
      if (r.key() != null) {
        g.writeStringField("key", r.key());
      }
      g.writeStringField("language", r.result().language().code());
      if (r.result().register() != null) {
        g.writeStringField("register", r.result().register().code());
      }
      g.writeNumberField("score", r.result().score());
      g.writeArrayFieldStart("findings");
      for (Finding f : r.findings()) {
        writeFinding(g, f);
      }
      g.writeEndArray();
      if (withFix) {
        g.writeStringField("fixed", r.result().fixed());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("category", f.category().code());
    g.writeStringField("severity", f.severity().code());
    g.writeNumberField("start", f.start());
    g.writeNumberField("end", f.end());
    g.writeNumberField("line", f.line());
    g.writeNumberField("column", f.column());
    g.writeStringField("text", f.text());
    g.writeStringField("message", f.message());
    g.writeArrayFieldStart("suggestions");
    for (String s : f.suggestions()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
