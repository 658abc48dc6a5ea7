package dev.garbo.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

  @Test
  void antPatterns() {
    SourceFiles.Glob g = new SourceFiles.Glob("src/main/resources/**/*.properties");
    assertThat(g.matches("src/main/resources/messages_it.properties")).isTrue(); // ** matches no folder too
    assertThat(g.matches("src/main/resources/i18n/bot/messages_it.properties")).isTrue();
    assertThat(g.matches("src/test/resources/messages_it.properties")).isFalse();
    assertThat(g.matches("src/main/resources/messages_it.properties.bak")).isFalse();

    assertThat(new SourceFiles.Glob("**/domain.yml").matches("domain.yml")).isTrue();
    assertThat(new SourceFiles.Glob("**/domain.yml").matches("bot/domain.yml")).isTrue();
    assertThat(new SourceFiles.Glob("**/domain.yml").matches("bot/my-domain.yml")).isFalse();
    assertThat(new SourceFiles.Glob("reply-?.txt").matches("reply-1.txt")).isTrue();
    assertThat(new SourceFiles.Glob("templates/").matches("templates/a/b.html")).isTrue(); // trailing slash: all below
    assertThat(new SourceFiles.Glob("*.txt").matches("a/b.txt")).isFalse(); // * stays within one name
  }

  @Test
  void excludedFoldersAreNotWalked() {
    SourceFiles.Glob g = new SourceFiles.Glob("**/target/**");
    assertThat(g.coversDirectory("target")).isTrue();
    assertThat(g.coversDirectory("module/target")).isTrue();
    assertThat(g.coversDirectory("src/target-audience")).isFalse();
    assertThat(new SourceFiles.Glob("**/*.properties").coversDirectory("src")).isFalse();
  }

  @Test
  void defaultsPickRepliesAndLeaveSettingsAndBuildOutput(@TempDir Path dir) throws IOException {
    for (String f : List.of(
        "src/main/resources/messages_it.properties",
        "src/main/resources/i18n/messages_en.properties",
        "src/main/resources/application.properties",
        "src/main/resources/log4j2.properties",
        "src/main/resources/META-INF/maven/x/pom.properties",
        "src/main/resources/templates/welcome.html",
        "src/main/resources/templates/logo.png",
        "src/main/resources/mail/reset.ftl",
        "src/main/resources/config.yml",
        "domain.yml",
        "bot/domain/responses.yml",
        "target/classes/messages_it.properties",
        "node_modules/x/domain.yml",
        ".idea/domain.yml",
        "README.md")) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
    List<String> selected = new SourceFiles(SourceFiles.DEFAULT_INCLUDES, SourceFiles.DEFAULT_EXCLUDES).select(dir)
        .stream().map(SourceFiles::slashed).toList();
    assertThat(selected).containsExactly(
        "bot/domain/responses.yml",
        "domain.yml",
        "src/main/resources/i18n/messages_en.properties",
        "src/main/resources/mail/reset.ftl",
        "src/main/resources/messages_it.properties",
        "src/main/resources/templates/logo.png", // selected, then skipped: no reader for it
        "src/main/resources/templates/welcome.html");
  }

  @Test
  void excludesWinOverIncludes() {
    SourceFiles s = new SourceFiles(List.of("*.txt", "src/**"), List.of("reply-*.txt", "src/legacy/"));
    assertThat(s.matches("canned.txt")).isTrue();
    assertThat(s.matches("reply-en.txt")).isFalse();
    assertThat(s.matches("src/main/a.txt")).isTrue();
    assertThat(s.matches("src/legacy/a.txt")).isFalse();
  }
}
