package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.config.GarboConfig;
import dev.garbo.lsp.DocumentCheck.Analysis;
import dev.garbo.lsp.DocumentCheck.Reported;
import dev.garbo.source.MarkdownMode;
import dev.garbo.source.SourceOptions;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Replies found in each format, placed in the document, and rewordings written back the way the format needs. */
class DocumentCheckTest {
  private static final Checkers CHECKERS = Checkers.build(GarboConfig.defaults(),
      SourceOptions.defaults().withMarkdown(MarkdownMode.PARAGRAPH), DocumentCheckTest.class.getClassLoader());

  private static Analysis check(String uri, String languageId, String text) {
    return DocumentCheck.check(new TextDocument(uri, languageId, 1, text), CHECKERS);
  }

  private static Reported only(Analysis a) {
    assertThat(a.findings()).as("findings").hasSize(1);
    return a.findings().get(0);
  }

  private static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  /** The document after the rewording, or null when it is not offered. */
  private static String fixed(Analysis a, String suggestion) {
    Optional<Rewording.Edit> e = Rewording.edit(a, only(a), suggestion);
    if (e.isEmpty()) {
      return null;
    }
    String t = a.document().text();
    return t.substring(0, e.get().start()) + e.get().text() + t.substring(e.get().end());
  }

  @Test
  void plainTextIsOneReply() {
    Analysis a = check("file:///w/reply.txt", "plaintext", "Grazie a lei!\n\nNessun problema!");
    assertThat(only(a).range()).isEqualTo(range(2, 0, 2, 15));
    assertThat(only(a).finding().rule()).isEqualTo("no-problem");
    assertThat(fixed(a, "Con piacere")).isEqualTo("Grazie a lei!\n\nCon piacere!");
  }

  @Test
  void propertiesValuesWithEscapes() {
    Analysis a = check("file:///w/messages_it.properties", "properties",
        "# saluti\nthanks = Nessun problema, l\\u2019ordine \\\n    è partito!\nbye=Arrivederci\n");
    assertThat(only(a).range()).isEqualTo(range(1, 9, 1, 24));
    assertThat(only(a).language()).isEqualTo(dev.garbo.Language.IT);
    assertThat(fixed(a, "Con piacere")).contains("thanks = Con piacere, l\\u2019ordine \\\n");
    assertThat(fixed(a, "C:\\temp")).as("a backslash is escaped").contains("thanks = C:\\\\temp, l");
  }

  @Test
  void yamlScalarsInEachQuotingStyle() {
    String yaml = "responses:\n  utter_thanks:\n  - text: 'No problem, it''s done.'\n  utter_bye:\n  - text: Goodbye\n";
    Analysis a = check("file:///w/domain.yml", "yaml", yaml);
    assertThat(only(a).range()).isEqualTo(range(2, 11, 2, 21));
    assertThat(fixed(a, "I'm glad to help")).contains("- text: 'I''m glad to help, it''s done.'");

    Analysis dq = check("file:///w/domain.yml", "yaml", "responses:\n  utter_thanks:\n  - text: \"No problem, \\\"sir\\\".\"\n");
    assertThat(fixed(dq, "My \"pleasure\"")).contains("- text: \"My \\\"pleasure\\\", \\\"sir\\\".\"");

    Analysis plain = check("file:///w/domain.yml", "yaml", "responses:\n  utter_thanks:\n  - text: No problem, it is done.\n");
    assertThat(fixed(plain, "My pleasure")).contains("- text: My pleasure, it is done.");
    assertThat(fixed(plain, "note: this")).as("would turn the value into a mapping: not offered").isNull();
  }

  @Test
  void jsonStrings() {
    Analysis a = check("file:///w/flow.json", "json", "{\"messages\": [{\"text\": \"No problem, \\\"Sam\\\"!\"}]}");
    assertThat(only(a).range()).isEqualTo(range(0, 24, 0, 34));
    assertThat(fixed(a, "Say \"hi\"")).isEqualTo("{\"messages\": [{\"text\": \"Say \\\"hi\\\", \\\"Sam\\\"!\"}]}");
  }

  @Test
  void markdownParagraphs() {
    Analysis a = check("file:///w/faq.md", "markdown", "# FAQ\n\nCan I return it?\n\n```\nNo problem\n```\n\nNo problem, just write to us.\n");
    assertThat(only(a).range()).isEqualTo(range(8, 0, 8, 10));
    assertThat(only(a).reply().key()).isEqualTo("paragraph 3");
  }

  @Test
  void untitledBuffersAreReadByTheirLanguageId() {
    assertThat(only(check("untitled:Untitled-1", "plaintext", "No problem!")).range()).isEqualTo(range(0, 0, 0, 10));
    assertThat(check("file:///w/Main.java", "java", "// No problem").findings()).isEmpty();
    assertThat(check("file:///w/.garbo.yaml", "yaml", "accept: [\"No problem\"]\n*.text: No problem").findings())
        .as("the configuration is not a reply").isEmpty();
  }

  @Test
  void unreadableFilesSayWhyAtThePlace() {
    Analysis a = check("file:///w/flow.json", "json", "{\"messages\": [{\"text\": \"No problem\"\n");
    assertThat(a.findings()).isEmpty();
    assertThat(a.unreadable().problem()).startsWith("garbo cannot read the replies in this file:");
    assertThat(a.unreadable().range().getStart().getLine()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aReplyTooLongToBeOneIsSkippedAndTheOthersChecked() {
    String longOne = "Lorem ipsum dolor sit amet. ".repeat(DocumentCheck.MAX_REPLY_CHARS / 28 + 1);
    Analysis a = check("file:///w/faq.md", "markdown", longOne + "\n\nNo problem, just write to us.\n");
    assertThat(only(a).range()).isEqualTo(range(2, 0, 2, 10));
    assertThat(a.unreadable().problem()).contains("replies this long", "paragraph");
  }

  @Test
  void hugeDocumentsAreNotCheckedAsYouType() {
    Analysis a = check("file:///w/big.txt", "plaintext", "No problem. ".repeat(DocumentCheck.MAX_CHARS / 12 + 1));
    assertThat(a.findings()).isEmpty();
    assertThat(a.unreadable().problem()).contains("garbo check");
  }
}
