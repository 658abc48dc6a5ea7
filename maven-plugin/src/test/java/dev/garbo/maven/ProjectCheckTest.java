package dev.garbo.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Checker;
import dev.garbo.Garbo;
import dev.garbo.Language;
import dev.garbo.source.SourceOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCheckTest {
  static Checker checker;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    checker = Garbo.builder().build();
  }

  private ProjectReport run(String... files) throws InterruptedException {
    return new ProjectCheck(checker, SourceOptions.defaults(), 1 << 20, 2).run(dir, List.of(files).stream().map(Path::of).toList());
  }

  private void write(String file, String content) throws IOException {
    write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String file, byte[] content) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
  }

  /** {@code file:line:column text} of every finding, in report order. */
  private static List<String> places(ProjectReport r) {
    return r.replies().stream().flatMap(c -> c.findings().stream()
        .map(l -> c.file() + ":" + l.start().line() + ":" + l.start().column() + " " + l.finding().text())).toList();
  }

  @Test
  void findingsAreLocatedInTheOriginalFile() throws Exception {
    write("src/main/resources/messages_it.properties", """
        greeting = Buongiorno!
        thanks=Grazie a lei. \\
           Nessun problema!
        esc=Gi\\u00e0 fatto, nessun problema.
        """);
    write("bot/domain.yml", """
        responses:
          utter_thanks:
          - text: >
              Thanks for waiting.
              No problem at all, the parcel left today.
        """);
    write("src/main/resources/templates/done.ftl", "<#if vip>Dear ${name},</#if>\n<p>No problem, done.</p>\n");
    ProjectReport r = run("bot/domain.yml", "src/main/resources/messages_it.properties", "src/main/resources/templates/done.ftl");
    assertThat(places(r)).containsExactly(
        "bot/domain.yml:5:7 No problem at all",
        "src/main/resources/messages_it.properties:3:4 Nessun problema",
        "src/main/resources/messages_it.properties:4:21 nessun problema",
        "src/main/resources/templates/done.ftl:2:4 No problem");
    CheckedReply.Located esc = r.replies().stream().filter(c -> c.key().equals("esc")).findFirst().orElseThrow().findings().get(0);
    assertThat(esc.end().column()).isEqualTo(36); // exclusive end, for SARIF regions
    assertThat(esc.finding().start()).isEqualTo(11); // offsets stay in the reply's text
    assertThat(r.replies()).extracting(c -> c.result().language())
        .containsExactly(Language.EN, Language.IT, Language.IT, Language.IT, Language.EN);
    assertThat(r.problems()).isEmpty();
    assertThat(r.files()).isEqualTo(3);
  }

  @Test
  void aBrokenFileIsReportedAndTheOthersAreStillChecked() throws Exception {
    write("a/domain.yml", "responses:\n  utter_x:\n    - text: \"No problem\n  bad: [\n");
    write("b/reply_en.txt", new byte[] {'N', 'o', ' ', 'p', 'r', 'o', 'b', 'l', 'e', 'm', '\n', 'x', (byte) 0xC3, '(', '\n'});
    write("c/logo.html", new byte[] {'<', 'p', '>', 0, 0, 1});
    write("d/messages_it.properties", "thanks=Nessun problema!\n");
    ProjectReport r = run("a/domain.yml", "b/reply_en.txt", "c/logo.html", "d/messages_it.properties");
    assertThat(r.problems()).extracting(ReadProblem::toString).satisfiesExactly(
        p -> assertThat(p).startsWith("a/domain.yml:"),
        p -> assertThat(p).isEqualTo("b/reply_en.txt:2:2: not valid UTF-8 (byte 0xC3); save the file as UTF-8"),
        p -> assertThat(p).startsWith("c/logo.html:1:1: binary file"));
    assertThat(places(r)).containsExactly("d/messages_it.properties:1:8 Nessun problema");
  }

  @Test
  void aLatin1BundleIsReadTheWayJavaReadsIt() throws Exception {
    write("messages_it.properties", "thanks=Perch\u00e9 no? Nessun problema!\n".getBytes(StandardCharsets.ISO_8859_1));
    ProjectReport r = run("messages_it.properties");
    assertThat(r.problems()).isEmpty();
    assertThat(r.replies().get(0).result().text()).isEqualTo("Perch\u00e9 no? Nessun problema!");
    assertThat(places(r)).containsExactly("messages_it.properties:1:19 Nessun problema");
  }

  @Test
  void filesGarboCannotReadAreSkippedAndOversizedOnesReported() throws Exception {
    write("templates/logo.png", "not text");
    write("templates/big.txt", "x".repeat(2000));
    ProjectReport r = new ProjectCheck(checker, SourceOptions.defaults(), 1000, 1).run(dir,
        List.of(Path.of("templates/logo.png"), Path.of("templates/big.txt")));
    assertThat(r.replies()).isEmpty();
    assertThat(r.problems()).extracting(ReadProblem::toString)
        .containsExactly("templates/big.txt: too large to be replies (2000 bytes; the limit is 1000, set by <maxFileSize>)");
  }

  @Test
  void theDefaultLanguageAppliesOnlyWhereTheFileDoesNotSay() throws Exception {
    write("messages.properties", "a=Ok\n");
    write("messages_it.properties", "a=Ok\n");
    ProjectReport r = new ProjectCheck(checker, SourceOptions.defaults().withDefaultLanguage(Language.EN), 1 << 20, 1)
        .run(dir, List.of(Path.of("messages.properties"), Path.of("messages_it.properties")));
    assertThat(r.replies()).extracting(c -> c.result().language()).containsExactly(Language.EN, Language.IT);
  }
}
