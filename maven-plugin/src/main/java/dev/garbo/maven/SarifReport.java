package dev.garbo.maven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.garbo.Finding;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code garbo.sarif}: SARIF 2.1.0, which GitHub code scanning, GitLab, Azure DevOps and IDEs
 * show as annotations. File locations are relative to {@code %SRCROOT%} (the project directory),
 * regions are 1-based with columns in UTF-16 units and exclusive ends, as the format defines them.
 * Files that could not be read are tool execution notifications, and make the run unsuccessful.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String ROOT = "%SRCROOT%";
  private static final JsonFactory JSON = new JsonFactory();

  private SarifReport() {}

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case SUGGESTION -> "note";
    };
  }

  /**
   * @param projectDir the project directory as a {@code file:} URI ending in {@code /}
   * @param version the plugin's version
   */
  static void write(Writer out, ProjectReport report, URI projectDir, String version) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<RuleInfo> rules = report.rules();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();

      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "garbo");
      g.writeStringField("version", version);
      g.writeStringField("semanticVersion", version);
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : rules) {
        writeRule(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();

      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(ROOT);
      g.writeStringField("uri", projectDir.toString());
      g.writeEndObject();
      g.writeEndObject();

      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", report.problems().isEmpty());
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (ReadProblem p : report.problems()) {
        g.writeStartObject();
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", p.problem());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        writePhysicalLocation(g, p.file(), p.line(), p.column(), 0, 0, null);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();

      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (CheckedReply r : report.replies()) {
        for (CheckedReply.Located l : r.findings()) {
          writeResult(g, r, l, ruleIndex);
        }
      }
      g.writeEndArray();

      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeRule(JsonGenerator g, RuleInfo r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    if (!r.aliases().isEmpty()) {
      g.writeArrayFieldStart("deprecatedIds");
      for (String a : r.aliases()) {
        g.writeString(a);
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.title().get(Language.EN));
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", r.why().get(Language.EN));
    g.writeEndObject();
    g.writeObjectFieldStart("help");
    g.writeStringField("text", r.why().get(Language.EN) + "\n\n" + r.why().get(Language.IT));
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(r.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString(r.category().code());
    g.writeEndArray();
    g.writeStringField("category", r.category().code());
    g.writeArrayFieldStart("languages");
    for (Language l : Language.values()) {
      if (r.languages().contains(l)) {
        g.writeString(l.code());
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeResult(JsonGenerator g, CheckedReply r, CheckedReply.Located l, Map<String, Integer> ruleIndex)
      throws IOException {
    Finding f = l.finding();
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule());
    Integer index = ruleIndex.get(f.rule());
    if (index != null) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", Console.messageWithSuggestions(f));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    writePhysicalLocation(g, r.file(), l.start().line(), l.start().column(), l.end().line(), l.end().column(), f.text());
    if (!r.key().isEmpty()) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      g.writeStringField("fullyQualifiedName", r.key());
      g.writeStringField("kind", "member");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("category", f.category().code());
    g.writeStringField("language", r.result().language().code());
    if (!r.key().isEmpty()) {
      g.writeStringField("key", r.key());
    }
    g.writeArrayFieldStart("suggestions");
    for (String s : f.suggestions()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writePhysicalLocation(JsonGenerator g, String file, int line, int column, int endLine, int endColumn,
      String snippet) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", relativeUri(file));
    g.writeStringField("uriBaseId", ROOT);
    g.writeEndObject();
    if (line > 0) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", line);
      g.writeNumberField("startColumn", Math.max(1, column));
      if (endLine > 0) {
        g.writeNumberField("endLine", endLine);
        g.writeNumberField("endColumn", Math.max(1, endColumn));
      }
      if (snippet != null) {
        g.writeObjectFieldStart("snippet");
        g.writeStringField("text", snippet);
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A relative path as a URI reference: {@code my templates/a.html} becomes {@code my%20templates/a.html}. */
  static String relativeUri(String file) {
    try {
      return new URI(null, null, file, null).getRawPath();
    } catch (URISyntaxException e) {
      return file;
    }
  }
}
