package dev.garbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code garbo check} end to end through picocli, on real files. */
class CheckCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void noProblemIsReportedWithASuggestionAndExitsOne() {
    Run r = run("check", "--text", "No problem, happy to help!");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("text:1:1: warning:").contains("[no-problem]").contains("try: My pleasure");
  }

  @Test
  void italianFlatNo() {
    Run r = run("check", "--lang", "it", "--text", "Purtroppo non possiamo aiutarla.");
    assertThat(r.out()).contains("[flat-no]");
  }

  @Test
  void refusalWithAnAlternativeIsNotFlat() {
    Run r = run("check", "--text", "We can't ship today, but we can send it on Monday.");
    assertThat(r.out()).doesNotContain("[flat-no]");
  }

  @Test
  void fixPrintsTheRewrittenReply() {
    Run r = run("check", "--fix", "--text", "No problem, happy to help!");
    assertThat(r.out()).isEqualTo("My pleasure, happy to help!\n");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void cleanReplyExitsZero() {
    Run r = run("check", "--text", "Your refund of 20 euros is on its way and should reach your card by Friday.");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("nothing to coach");
  }

  @Test
  void failOnErrorIgnoresWarnings() {
    assertThat(run("check", "--fail-on", "error", "--text", "No problem, happy to help!").exit()).isZero();
    assertThat(run("check", "--fail-on", "none", "--text", "No problem!").exit()).isZero();
  }

  @Test
  void jsonHasTheContractFields() throws IOException {
    Path f = Files.writeString(dir.resolve("reply.txt"), "Hi Anna,\nno problem, the label is attached.");
    Run r = run("check", "--format", "json", f.toString());
    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.isArray()).isTrue();
    JsonNode reply = arr.get(0);
    assertThat(reply.get("id").asText()).isEqualTo(f.toString());
    assertThat(reply.get("language").asText()).isEqualTo("en");
    assertThat(reply.get("score").asInt()).isBetween(0, 99);
    JsonNode finding = reply.get("findings").get(0);
    for (String field : new String[] {"rule", "category", "severity", "start", "end", "line", "column", "text", "message", "suggestions"}) {
      assertThat(finding.has(field)).as(field).isTrue();
    }
    assertThat(finding.get("line").asInt()).isEqualTo(2);
    assertThat(finding.get("column").asInt()).isEqualTo(1);
    assertThat(finding.get("text").asText()).isEqualTo("no problem");
    assertThat(finding.get("suggestions").get(0).asText()).isEqualTo("my pleasure");
  }

  @Test
  void jsonlIsOneObjectPerLine() throws IOException {
    Run r = run("check", "--format", "jsonl", "--text", "No problem!", "--text", "Nessun problema!");
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines[1]).get("language").asText()).isEqualTo("it");
  }

  @Test
  void emptyReply() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Run r = run("check", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("garbo: " + f + ": empty reply, nothing to check\n");
  }

  @Test
  void fiveMegabyteReply() throws IOException {
    Path f = dir.resolve("big.txt");
    Files.writeString(f, "We are sorry for the wait. ".repeat(200_000));
    Run r = run("check", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("garbo: " + f + ": 5.1 MB is too long for one reply").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void invalidUtf8NamesLineAndColumn() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "Hello,\nno probl\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("check", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("garbo: " + f + ":2:9: invalid UTF-8 (byte 0xE8); save the file as UTF-8\n");
  }

  @Test
  void binaryFile() throws IOException {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Run r = run("check", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("garbo: " + f + ": binary file");
  }

  @Test
  void aGoodFileNextToABadOneIsStillChecked() throws IOException {
    Path bad = Files.write(dir.resolve("a.bin"), new byte[] {0, 1, 2});
    Path good = Files.writeString(dir.resolve("b.txt"), "No problem!");
    Run r = run("check", bad.toString(), good.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("[no-problem]");
  }

  @Test
  void ruleFileWithATypo() throws IOException {
    Files.writeString(dir.resolve("acme.yaml"), "id: acme-rival\ncategory: custom\ntitel: {en: a, it: b}\n");
    Path config = Files.writeString(dir.resolve(".garbo.yaml"), "rule-files: [acme.yaml]\n");
    Run r = run("check", "--config", config.toString(), "--text", "Hello");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("garbo: " + dir.resolve("acme.yaml") + ":3:1: unknown field 'titel' (did you mean 'title'?)");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void configWithAnUnknownRuleId() throws IOException {
    Path config = Files.writeString(dir.resolve(".garbo.yaml"), "language: en\nrules:\n  no-problm: off\n");
    Run r = run("check", "--config", config.toString(), "--text", "Hello");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("garbo: " + config + ":3:3: unknown rule 'no-problm'; did you mean 'no-problem'?\n");
  }

  @Test
  void configTurnsARuleOffAndAcceptsPhrases() throws IOException {
    Path config = Files.writeString(dir.resolve(".garbo.yaml"), "rules:\n  no-problem: off\n");
    assertThat(run("check", "--config", config.toString(), "--text", "No problem!").exit()).isZero();
    Path accept = Files.writeString(dir.resolve("accept.yaml"), "accept: [\"no worries\"]\n");
    assertThat(run("check", "--config", accept.toString(), "--text", "No worries!").exit()).isZero();
    assertThat(run("check", "--config", accept.toString(), "--text", "No problem!").exit()).isEqualTo(1);
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("check", "--formt", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--formt'").contains("--format");
  }

  @Test
  void unknownRuleToExplain() {
    Run r = run("explain", "flat-nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean 'flat-no'?");
  }
}
