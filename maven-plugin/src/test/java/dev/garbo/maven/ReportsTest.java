package dev.garbo.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garbo.Garbo;
import dev.garbo.source.SourceOptions;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  ProjectReport report;

  @BeforeEach
  void check() throws Exception {
    Files.createDirectories(dir.resolve("my templates"));
    Files.writeString(dir.resolve("messages_it.properties"), "ok=Con piacere!\nthanks=Grazie a lei! Nessun problema.\n");
    Files.writeString(dir.resolve("my templates/reply_en.html"), "<p>No problem & <b>thanks</b></p>\n");
    Files.writeString(dir.resolve("domain.yml"), "responses:\n  utter_x:\n    - text: [\n");
    report = new ProjectCheck(Garbo.checker(), SourceOptions.defaults(), 1 << 20, 1).run(dir,
        List.of(Path.of("domain.yml"), Path.of("messages_it.properties"), Path.of("my templates/reply_en.html")));
  }

  @Test
  void jsonHasTheShapeOfGarboCheck() throws Exception {
    StringWriter w = new StringWriter();
    JsonReport.write(w, report);
    JsonNode json = JSON.readTree(w.toString());
    assertThat(json.size()).isEqualTo(3);
    JsonNode thanks = json.get(1);
    assertThat(fields(thanks)).containsExactly("id", "file", "key", "language", "register", "score", "findings");
    assertThat(thanks.get("id").asText()).isEqualTo("messages_it.properties#thanks");
    JsonNode f = thanks.get("findings").get(0);
    assertThat(fields(f)).containsExactly(
        "rule", "category", "severity", "start", "end", "line", "column", "text", "message", "suggestions");
    assertThat(f.get("line").asInt()).isEqualTo(2);
    assertThat(f.get("column").asInt()).isEqualTo(22);
    assertThat(f.get("start").asInt()).isEqualTo(14);
    assertThat(f.get("suggestions").get(0).asText()).isEqualTo("Con piacere");
    assertThat(fields(json.get(2))).doesNotContain("key", "register"); // a whole-file English template
  }

  @Test
  void sarifFollowsTheFormat() throws Exception {
    StringWriter w = new StringWriter();
    SarifReport.write(w, report, dir.toUri(), "0.1.0");
    JsonNode sarif = JSON.readTree(w.toString());
    assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("garbo");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(dir.toUri().toString()).endsWith("/");
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(2);
    for (JsonNode r : results) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
      assertThat(r.get("level").asText()).isIn("error", "warning", "note");
      assertThat(r.at("/message/text").asText()).isNotBlank();
    }
    JsonNode loc = results.get(1).at("/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("my%20templates/reply_en.html");
    assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(loc.at("/region/startLine").asInt()).isEqualTo(1);
    assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(4);
    assertThat(loc.at("/region/endColumn").asInt()).isEqualTo(14);
    assertThat(loc.at("/region/snippet/text").asText()).isEqualTo("No problem");
    assertThat(results.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("thanks");
    JsonNode invocation = run.at("/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode broken = invocation.at("/toolExecutionNotifications/0");
    assertThat(broken.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("domain.yml");
    assertThat(broken.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
  }

  @Test
  void htmlIsOneEscapedPage() throws Exception {
    StringWriter w = new StringWriter();
    HtmlReport.write(w, report, "bot <replies>");
    String html = w.toString();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>garbo: bot &lt;replies&gt;</title>")
        .contains("<h2>my templates/reply_en.html</h2>").contains("<q>No problem</q>")
        .contains("Prova: <q>Con piacere</q>").contains("domain.yml:3:")
        .doesNotContain("<script").doesNotContain("href=\"http");
  }

  @Test
  void consoleLinesReadLikeCheckstyles() {
    CheckedReply thanks = report.replies().stream().filter(r -> r.key().equals("thanks")).findFirst().orElseThrow();
    assertThat(Console.line(thanks, thanks.findings().get(0))).isEqualTo(
        "messages_it.properties:[2,22] \"Nessun problema\" fa pensare a un problema; dica cosa fa con piacere. "
            + "Try: \"Con piacere\" | \"È stato un piacere aiutarla\" | \"Prego, ci mancherebbe\" [no-problem]");
    assertThat(Console.total(report))
        .isEqualTo("3 files, 3 replies checked: 0 errors, 2 warnings, 0 suggestions; 1 read error");
  }

  private static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
