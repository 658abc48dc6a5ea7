package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.source.MarkdownMode;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void readsWhatTheVsCodeExtensionSends() {
    Settings s = Settings.from(JsonParser.parseString("""
        {"language": "it", "register": "tu", "grammar": false, "rules": {"no-problem": "error"},
         "markdown": {"replyPer": "file"}}"""));

    assertThat(s.language()).isEqualTo(Language.IT);
    assertThat(s.register()).isEqualTo(Register.TU);
    assertThat(s.grammar()).isFalse();
    assertThat(s.rules()).containsEntry("no-problem", "error");
    assertThat(s.markdown()).isEqualTo(MarkdownMode.FILE);
    assertThat(s.problems()).isEmpty();
  }

  @Test
  void acceptsTheDidChangeConfigurationWrapping() {
    Settings s = Settings.from(JsonParser.parseString("{\"settings\": {\"garbo\": {\"language\": \"auto\", \"text\": {\"replyPer\": \"paragraph\"}}}}"));
    assertThat(s.language()).isNull();
    assertThat(s.plainText()).isEqualTo(MarkdownMode.PARAGRAPH);
  }

  @Test
  void defaultsGrammarOnMarkdownPerParagraph() {
    assertThat(Settings.from(null)).isEqualTo(Settings.DEFAULTS);
    assertThat(Settings.DEFAULTS.grammar()).isTrue();
    assertThat(Settings.DEFAULTS.markdown()).isEqualTo(MarkdownMode.PARAGRAPH);
    assertThat(Settings.DEFAULTS.plainText()).isEqualTo(MarkdownMode.FILE);
  }

  @Test
  void badValuesAreNamedAndTheRestApplies() {
    Settings s = Settings.from(JsonParser.parseString("{\"language\": \"fr\", \"register\": \"sie\", \"grammar\": true}"));
    assertThat(s.language()).isNull();
    assertThat(s.register()).isNull();
    assertThat(s.problems()).hasSize(2).anyMatch(p -> p.contains("'fr'")).anyMatch(p -> p.contains("'sie'"));
  }
}
