package dev.garbo.maven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.garbo.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code garbo.json}: the shape {@code garbo check --format json} prints, one object per checked
 * reply ({@code id}, {@code file}, {@code key}, {@code language}, {@code register}, {@code score},
 * {@code findings}), so that a tool reading one reads the other. Each finding's {@code line} and
 * {@code column} are in the file; {@code start} and {@code end} are offsets in the reply's text,
 * where its {@code suggestions} apply.
 */
final class JsonReport {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonReport() {}

  static void write(Writer out, ProjectReport report) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartArray();
      for (CheckedReply r : report.replies()) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("file", r.file());
        if (!r.key().isEmpty()) {
          g.writeStringField("key", r.key());
        }
        g.writeStringField("language", r.result().language().code());
        if (r.result().register() != null) {
          g.writeStringField("register", r.result().register().code());
        }
        g.writeNumberField("score", r.result().score());
        g.writeArrayFieldStart("findings");
        for (CheckedReply.Located l : r.findings()) {
          writeFinding(g, l.inFile());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
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
