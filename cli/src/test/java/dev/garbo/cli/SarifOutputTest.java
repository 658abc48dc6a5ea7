package dev.garbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The CI formats of {@code garbo check}: SARIF valid against the official schema, Checkstyle and JUnit XML. */
class SarifOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private Path files() throws Exception {
    Files.writeString(dir.resolve("thanks reply.txt"), "Thanks for waiting!\nNo problem, happy to help!\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("clean.txt"), "I have refunded the second charge today.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_it.properties"), "done=Nessun problema, ci pensiamo noi!\nok=Con piacere!\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void sarifValidatesAgainstTheSchema() throws Exception {
    Run r = Run.of("check", "--format", "sarif", files().toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(r.out());
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertThat(errors).as("schema violations").isEmpty();
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("garbo");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(2);
    // files are checked in name order: the bundle, then "thanks reply.txt"
    JsonNode bundle = results.get(0);
    JsonNode first = results.get(1);
    assertThat(first.get("ruleId").asText()).isEqualTo("no-problem");
    assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("no-problem");
    assertThat(first.get("level").asText()).isEqualTo("warning");
    JsonNode region = first.at("/locations/0/physicalLocation/region");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("thanks%20reply.txt");
    assertThat(region.get("startLine").asInt()).isEqualTo(2);
    assertThat(region.get("startColumn").asInt()).isEqualTo(1);
    assertThat(region.get("endColumn").asInt()).isEqualTo(11);
    assertThat(first.at("/properties/suggestions/0").asText()).isEqualTo("My pleasure");
    assertThat(bundle.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("done");
    assertThat(bundle.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
  }

  @Test
  void sarifWithoutFindingsOrFilesIsValidToo() throws Exception {
    Run clean = Run.of("check", "--format", "sarif", "--text", "I have sent the label again.");
    assertThat(clean.exit()).isZero();
    assertThat(schema.validate(JSON.readTree(clean.out()))).isEmpty();
    Run text = Run.of("check", "--format", "sarif", "--text", "No problem!");
    assertThat(schema.validate(JSON.readTree(text.out()))).isEmpty();
    assertThat(JSON.readTree(text.out()).at("/runs/0/results/0/locations").isMissingNode()).isTrue();
  }

  @Test
  void theSchemaCatchesWhatIsWrong() throws Exception {
    // the validator must not pass anything: a level SARIF does not know is an error
    Run r = Run.of("check", "--format", "sarif", "--text", "No problem!");
    String broken = r.out().replace("\"level\" : \"warning\"", "\"level\" : \"fatal\"");
    assertThat(schema.validate(JSON.readTree(broken))).isNotEmpty();
  }

  @Test
  void checkstyleXml() throws Exception {
    Run r = Run.of("check", "--format", "checkstyle", files().toString());
    assertThat(r.exit()).isEqualTo(1);
    Document doc = parse(r.out());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(3);
    Element error = (Element) doc.getElementsByTagName("error").item(1);
    assertThat(error.getAttribute("source")).isEqualTo("garbo.no-problem");
    assertThat(error.getAttribute("line")).isEqualTo("2");
    assertThat(error.getAttribute("severity")).isEqualTo("warning");
    assertThat(error.getAttribute("message")).contains("Try: My pleasure");
  }

  @Test
  void junitXmlFailsTheRepliesThatFailTheBuild() throws Exception {
    Run r = Run.of("check", "--format", "junit", files().toString());
    Document doc = parse(r.out());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    Run lenient = Run.of("check", "--format", "junit", "--fail-on", "error", files().toString());
    assertThat(lenient.exit()).isZero();
    Document d2 = parse(lenient.out());
    assertThat(d2.getElementsByTagName("failure").getLength()).isZero();
    assertThat(d2.getElementsByTagName("system-out").item(0).getTextContent()).contains("[no-problem]");
  }

  @Test
  void xmlSurvivesControlCharacters() throws Exception {
    Files.writeString(dir.resolve("odd.txt"), "No problem\u0007 at all!", StandardCharsets.UTF_8);
    Run r = Run.of("check", "--format", "checkstyle", dir.resolve("odd.txt").toString());
    assertThat(parse(r.out()).getElementsByTagName("error").getLength()).isEqualTo(1);
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
