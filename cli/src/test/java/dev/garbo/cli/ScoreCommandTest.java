package dev.garbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code garbo score} end to end, on real files: every format, broken records, mapping, exit codes. */
class ScoreCommandTest {
  static final String ARCHIVE = "src/test/resources/score/archive";
  static final String CONFIG = "src/test/resources/score/report-config.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void everyGoodTurnOfEveryFormatIsScoredAndTheBrokenOnesAreNamed() throws IOException {
    Path out = tmp.resolve("out");
    Run r = Run.of("score", ARCHIVE, "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // the three broken lines, each with its place, in input order
    assertThat(r.err()).contains(
        ARCHIVE + "/broken.jsonl:3: bad JSON at column",
        ARCHIVE + "/broken.jsonl:4: missing 'text'",
        ARCHIVE + "/broken.jsonl:5: unknown role 'supervisor'");
    assertThat(r.err().indexOf("broken.jsonl:3")).isLessThan(r.err().indexOf("broken.jsonl:4"));
    assertThat(r.err()).contains("ignored 1 file whose name is no transcript format (first: " + ARCHIVE + "/notes.md)");

    JsonNode records = JSON.readTree(out.resolve("summary.json").toFile()).get("records");
    // chats.jsonl 12 turns, export.csv 6, chats-2025.jsonl.gz 4, transcripts.txt 6, broken.jsonl 6 records
    assertThat(records.get("read").asLong()).isEqualTo(34);
    assertThat(records.get("scored").asLong()).isEqualTo(16);
    assertThat(records.get("skipped").asLong()).isEqualTo(15);
    assertThat(records.get("rejected").asLong()).isEqualTo(3);
    assertThat(records.get("scored").asLong() + records.get("skipped").asLong() + records.get("rejected").asLong())
        .isEqualTo(records.get("read").asLong());
    assertThat(r.out()).contains("Records: 34 read = 16 scored + 15 skipped (customer turns) + 3 rejected");

    List<JsonNode> lines = findings(out);
    assertThat(lines).hasSize(16);
    Map<String, Long> perFile = lines.stream().collect(Collectors.groupingBy(
        l -> Path.of(l.get("file").asText()).getFileName().toString(), Collectors.counting()));
    assertThat(perFile).containsExactlyInAnyOrderEntriesOf(Map.of("broken.jsonl", 2L, "chats.jsonl", 6L,
        "export.csv", 3L, "chats-2025.jsonl.gz", 2L, "transcripts.txt", 3L));
    assertThat(lines.get(0).fieldNames()).toIterable().startsWith("conversation", "id", "agent", "team", "time",
        "language", "score", "findings");

    List<List<String>> rejected = Files.readAllLines(out.resolve("rejected.csv")).stream().skip(1)
        .map(l -> List.of(l.split(",", 3))).toList();
    assertThat(rejected).extracting(l -> l.get(1)).containsExactly("3", "4", "5");
    for (String f : List.of("report.html", "summary.json", "findings.jsonl", "agents.csv", "teams.csv",
        "languages.csv", "weeks.csv", "rules.csv")) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
  }

  @Test
  void eachAgentTurnIsCheckedWithTheCustomersPreviousTurn() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(Run.of("score", ARCHIVE, "--out", out.toString()).exit()).isZero();
    Map<String, JsonNode> byId = findings(out).stream().filter(l -> !l.get("id").isNull())
        .collect(Collectors.toMap(l -> l.get("id").asText(), Function.identity()));
    // "No problem" right after a thank-you is escalated to an error: the context reached the rule
    assertThat(firstFinding(byId.get("c-en-1-04"))).containsEntry("severity", "error");
    assertThat(firstFinding(byId.get("c-it-1-04"))).containsEntry("severity", "error");
    assertThat(firstFinding(byId.get("k-1-04"))).containsEntry("severity", "error");
    assertThat(firstFinding(byId.get("o-2-02"))).containsEntry("severity", "error");
    assertThat(byId.get("c-it-1-04").get("language").asText()).isEqualTo("it");
    // text transcripts: a blank line and a new speaker start a new conversation; a line without one continues the turn
    List<JsonNode> text = findings(out).stream().filter(l -> l.get("file").asText().endsWith("transcripts.txt")).toList();
    assertThat(text).extracting(l -> l.get("conversation").asText())
        .containsExactly("transcripts.txt#1", "transcripts.txt#2", "transcripts.txt#3");
    assertThat(text).extracting(l -> l.get("line").asInt()).containsExactly(2, 6, 9);
    assertThat(firstFinding(text.get(1))).containsEntry("severity", "error");
    // a CSV field quoted over two lines is one turn, at the line it starts on
    JsonNode multiline = byId.get("k-2-02");
    assertThat(multiline.get("line").asInt()).isEqualTo(7);
  }

  @Test
  void exportsThatNameFieldsDifferentlyAreMappedFromOptionsOrConfiguration() throws IOException {
    String mapped = "src/test/resources/score/mapped";
    Run plain = Run.of("score", mapped);
    assertThat(plain.exit()).isEqualTo(2);
    assertThat(plain.err()).contains("has no 'text' column; name the text column with --field text=COLUMN");

    Run options = Run.of("score", mapped, "--field", "text=body", "--field", "role=author_type",
        "--field", "conversation=ticket", "--field", "time=created_at", "--field", "agent=operator",
        "--role-agent", "admin", "--role-customer", "user");
    assertThat(options.exit()).as(options.err()).isZero();
    assertThat(options.out()).contains("Records: 4 read = 2 scored + 2 skipped (customer turns) + 0 rejected");
    assertThat(options.out()).contains("marta");

    Path config = tmp.resolve(".garbo.yaml");
    Files.writeString(config, "score:\n  fields: {text: body, role: author_type, conversation: ticket, time: created_at,"
        + " agent: operator}\n  role-agent: [admin]\n  role-customer: [user]\n");
    Run fromConfig = Run.of("score", mapped, "--config", config.toString());
    assertThat(fromConfig.exit()).as(fromConfig.err()).isZero();
    assertThat(fromConfig.out()).contains("Records: 4 read = 2 scored + 2 skipped (customer turns) + 0 rejected");

    Run typo = Run.of("score", mapped, "--field", "txt=body");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("unknown field 'txt' (did you mean 'text'?)");
  }

  @Test
  void unreadableFilesExitTwoButEverythingElseIsScored() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of(ARCHIVE, "chats.jsonl"), dir.resolve("a.jsonl"));
    byte[] gz = Files.readAllBytes(Path.of(ARCHIVE, "older", "chats-2025.jsonl.gz"));
    Files.write(dir.resolve("b.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2)); // cut short
    Files.write(dir.resolve("c.jsonl"), new byte[] {'{', 0, 1, 2, 3});
    Run r = Run.of("score", dir.toString(), tmp.resolve("missing.jsonl").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.jsonl: no such file or folder");
    assertThat(r.err()).contains("b.jsonl.gz: the file ends in the middle of its gzip data");
    assertThat(r.err()).contains("c.jsonl: binary file (NUL byte at offset 1), not a transcript");
    assertThat(r.out()).contains("6 scored");
  }

  @Test
  void failOnIsNoneByDefaultAndWorksAsInCheck() {
    assertThat(Run.of("score", ARCHIVE).exit()).isZero();
    assertThat(Run.of("score", ARCHIVE, "--fail-on", "warning").exit()).isEqualTo(1);
    assertThat(Run.of("score", ARCHIVE + "/broken.jsonl", "--fail-on", "suggestion").exit()).isZero();
  }

  @Test
  void aRecordLongerThanAReplyIsRejectedWithoutHoldingItInMemory() throws IOException {
    Path f = tmp.resolve("long.jsonl");
    String huge = "x".repeat(600_000); // longer than the reader's buffer: skipped as it streams past
    Files.writeString(f, String.join("\n",
        "{\"conversation\":\"l\",\"role\":\"customer\",\"text\":\"Thanks!\"}",
        "{\"conversation\":\"l\",\"role\":\"agent\",\"text\":\"" + huge + "\"}",
        "{\"conversation\":\"l\",\"role\":\"agent\",\"text\":\"" + "y ".repeat(1500) + "\"}",
        "{\"conversation\":\"l\",\"role\":\"agent\",\"text\":\"No problem!\"}") + "\n");
    Run r = Run.of("score", f.toString(), "--max-size", "2000");
    assertThat(r.err()).contains("long.jsonl:2: the line is 586.0 KB long, more than a reply can be");
    assertThat(r.err()).contains("long.jsonl:3: the text is 3000 characters long, more than a reply can be (the limit is 2000;");
    assertThat(r.out()).contains("Records: 4 read = 1 scored + 1 skipped (customer turns) + 2 rejected");
  }

  @Test
  void whenEveryRecordIsRejectedTheMappingIsTheLikelyCause() throws IOException {
    Path f = tmp.resolve("admin.jsonl");
    Files.writeString(f, "{\"conversation\":\"x\",\"role\":\"admin\",\"text\":\"Hello\"}\n"
        + "{\"conversation\":\"x\",\"role\":\"user\",\"text\":\"Hi\"}\n");
    Run r = Run.of("score", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("admin.jsonl:1: unknown role 'admin'", "--role-agent admin",
        "every record was rejected");
  }

  @Test
  void progressOnlyWhenAskedOutsideATerminal() throws IOException {
    Path big = BigArchive.write(tmp.resolve("big.jsonl"), 3000);
    Run quiet = Run.of("score", big.toString());
    assertThat(quiet.err()).doesNotContain("records read");
    Run loud = Run.of("score", big.toString(), "--progress");
    assertThat(loud.exit()).isZero();
    assertThat(loud.out()).contains("replies/s");
  }

  @Test
  void emptyFoldersAndNoTranscriptsAreAnError() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Run r = Run.of("score", empty.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no transcripts found in " + empty);
  }

  @Test
  void terminalSummaryNamesWhatToCoachAndTheSpeed() {
    Run r = Run.of("score", ARCHIVE, "--config", CONFIG);
    assertThat(r.out()).contains("Rules by frequency", "no-problem", "test-unfortunately",
        "Agents to coach first", "Worst replies", "-> My pleasure!", "add --out DIR");
    assertThat(r.out()).containsPattern("Done: 16 replies scored in [0-9.]+ s, [0-9,]+ replies/s on [0-9]+ threads?\\.");
  }

  static List<JsonNode> findings(Path out) throws IOException {
    try (Stream<String> s = Files.lines(out.resolve("findings.jsonl"))) {
      return s.map(l -> {
        try {
          return JSON.readTree(l);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstFinding(JsonNode line) {
    assertThat(line.get("findings")).as(line.toString()).isNotEmpty();
    return JSON.convertValue(line.get("findings").get(0), Map.class);
  }

  /** Writes gzip, for tests that need it. */
  static void gzip(Path from, Path to) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(to))) {
      Files.copy(from, o);
    }
  }
}
