package dev.garbo.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garbo.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceReadersTest {
  private static final SourceOptions DEFAULTS = SourceOptions.defaults();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "messages_it.properties", "domain.yml", "a/b.yaml", "flow.json", "faq.md", "notes.txt", "mail.HTML",
        "mail.htm", "r.mustache", "r.hbs", "order.ftl", "order.ftlh"
      })
  void supportedExtensions(String path) {
    assertThat(SourceReaders.forPath(path, DEFAULTS)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"logo.png", "Main.java", "README", "archive.tar.gz", ".properties"})
  void unsupportedFiles(String path) {
    assertThat(SourceReaders.forPath(path, DEFAULTS)).isEmpty();
  }

  @Test
  void binaryFileIsAnError() {
    assertThatThrownBy(() -> Fixtures.read("binary.txt"))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("source/binary.txt:1:1: binary file");
  }

  @Test
  void binaryContentIsAnErrorForEveryFormat() {
    for (String path : List.of("a.properties", "a.yml", "a.json", "a.md", "a.html", "a.ftl")) {
      ReplyReader reader = SourceReaders.forPath(path, DEFAULTS).orElseThrow();
      assertThatThrownBy(() -> reader.read(path, "ok\0\0")).as(path).hasMessageContaining("binary file");
    }
  }

  @Test
  void emptyFilesHaveNoReplies() throws SourceException {
    assertThat(Fixtures.read("empty.properties")).isEmpty();
    for (String path : List.of("a.properties", "a.yml", "a.json", "a.md", "a.txt", "a.html", "a.mustache", "a.ftl")) {
      ReplyReader reader = SourceReaders.forPath(path, DEFAULTS).orElseThrow();
      assertThat(reader.read(path, "")).as(path).isEmpty();
      assertThat(reader.read(path, " \n\n")).as(path).isEmpty();
    }
  }

  @Test
  void languageFromFileNameMarkerElseDefault() throws SourceException {
    assertThat(language("welcome.it.html")).isEqualTo(Language.IT);
    assertThat(language("welcome_en.mustache")).isEqualTo(Language.EN);
    assertThat(language("reminder-it.txt")).isEqualTo(Language.IT);
    assertThat(language("edit.txt")).isNull();
    assertThat(language("items.txt")).isNull();
    ReplyReader withDefault = SourceReaders.forPath("x.txt", DEFAULTS.withDefaultLanguage(Language.EN)).orElseThrow();
    assertThat(withDefault.read("notes.txt", "Hello").get(0).language()).isEqualTo(Language.EN);
    assertThat(withDefault.read("notes_it.txt", "Ciao").get(0).language()).isEqualTo(Language.IT);
  }

  @Test
  void plainTextIsOneReplyPerFileUnlessParagraphsAreAskedFor() throws SourceException {
    String text = "# not a heading\nNessun problema!\n\n```\nCon piacere.\n";

    List<SourceReply> whole = SourceReaders.forPath("a.txt", DEFAULTS).orElseThrow().read("a.txt", text);
    List<SourceReply> paragraphs = SourceReaders.forPath("a.txt", DEFAULTS.withPlainText(MarkdownMode.PARAGRAPH))
        .orElseThrow().read("a.txt", text);

    assertThat(whole).extracting(SourceReply::text).containsExactly(text.strip());
    assertThat(paragraphs).extracting(SourceReply::text)
        .containsExactly("# not a heading\nNessun problema!", "```\nCon piacere.");
    assertThat(paragraphs).extracting(SourceReply::key).containsExactly("paragraph 1", "paragraph 2");
    assertThat(paragraphs.get(1).position(4)).isEqualTo(new FilePosition(38, 5, 1));
  }

  @Test
  void flatI18nJsonWithAnyDepthPath() throws SourceException {
    ReplyReader reader = SourceReaders.forPath("it.json", DEFAULTS.withReplyPaths(List.of("**"))).orElseThrow();

    List<SourceReply> replies = reader.read("locales/it.json", "{\"checkout\": {\"error\": \"Riprova\"}, \"n\": 3}");

    assertThat(replies).extracting(SourceReply::key).containsExactly("checkout.error");
    assertThat(replies.get(0).language()).isEqualTo(Language.IT);
  }

  @Test
  void badReplyPathFailsWhenOptionsAreMade() {
    assertThatThrownBy(() -> DEFAULTS.withReplyPaths(List.of("responses..text"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEFAULTS.withReplyPaths(List.of("messages[x].text"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bomIsSkippedAndNotCountedAsAColumn() throws SourceException {
    String content = "\uFEFFgreeting=Ciao";
    SourceReply r = SourceReaders.forPath("a.properties", DEFAULTS).orElseThrow().read("a.properties", content).get(0);

    assertThat(r.key()).isEqualTo("greeting");
    assertThat(r.position(0)).isEqualTo(new FilePosition(10, 1, 10));
  }

  private static Language language(String name) throws SourceException {
    List<SourceReply> replies = SourceReaders.forPath(name, DEFAULTS).orElseThrow().read(name, "Ciao");
    return replies.isEmpty() ? null : replies.get(0).language();
  }
}
