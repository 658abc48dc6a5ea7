package dev.garbo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.garbo.Finding;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code garbo check --format sarif}: SARIF 2.1.0, which GitHub code scanning, GitLab, Azure DevOps
 * and IDE viewers show natively. One run, the rules in the driver, one result per finding; columns
 * count UTF-16 code units, like our offsets. Suggestions go in the message and in the result's
 * properties rather than as SARIF fixes: for replies taken out of a template or bundle the offsets
 * are in the reply, not in the file's bytes, and a fix must edit the file.
 */
final class SarifOutput {
  static final String SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  private SarifOutput() {}

  static void write(Writer out, List<CheckedReply> checked, List<RuleInfo> rules) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    try (JsonGenerator g = JsonOutput.MAPPER.getFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "garbo");
      g.writeStringField("version", Version.get());
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : rules) {
        rule(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (CheckedReply c : checked) {
        for (Finding f : c.findings()) {
          result(g, c, f, index.get(f.rule()));
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void rule(JsonGenerator g, RuleInfo r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.title().en());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", r.why().en());
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(r.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString(r.category().code());
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, CheckedReply c, Finding f, Integer ruleIndex) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule());
    if (ruleIndex != null) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message() + (f.suggestions().isEmpty() ? "" : " Try: " + String.join(" | ", f.suggestions())));
    g.writeEndObject();
    if (c.file() != null) {
      location(g, c, f);
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("category", f.category().code());
    g.writeStringField("language", c.result().language().code());
    g.writeArrayFieldStart("suggestions");
    for (String s : f.suggestions()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Where in the file: replies given as --text or on standard input have no location. */
  private static void location(JsonGenerator g, CheckedReply c, Finding f) throws IOException {
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(c.file()));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", f.line());
    g.writeNumberField("startColumn", f.column());
    if (f.text().indexOf('\n') < 0) {
      g.writeNumberField("endLine", f.line());
      g.writeNumberField("endColumn", f.column() + f.text().length());
    }
    g.writeObjectFieldStart("snippet");
    g.writeStringField("text", f.text());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    if (c.key() != null) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      g.writeStringField("fullyQualifiedName", c.key());
      g.writeStringField("kind", "member");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case SUGGESTION -> "note";
    };
  }

  /** A relative path as a relative URI reference (forward slashes, spaces escaped); absolute ones as file URIs. */
  static String uri(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p.toUri().toString();
    }
    try {
      return new URI(null, null, path.replace('\\', '/'), null).getRawPath();
    } catch (URISyntaxException e) {
      return path.replace('\\', '/');
    }
  }
}
