package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfigEditsTest {

  static String apply(String yaml, List<ConfigEdits.Edit> edits) {
    StringBuilder b = new StringBuilder(yaml);
    for (int i = edits.size() - 1; i >= 0; i--) {
      ConfigEdits.Edit e = edits.get(i);
      b.replace(e.start(), e.end(), e.text());
    }
    return b.toString();
  }

  static String ruleValue(String yaml, String id) {
    GarboConfig c = ConfigLoader.parse("test.yaml", yaml, null);
    return c.rules().entrySet().stream().filter(e -> e.getKey().value().equals(id))
        .map(e -> e.getValue().enabled() ? "on" : "off").findFirst().orElse(null);
  }

  @Test
  void turnsARuleOffKeepingCommentsAndOrder() {
    String yaml = "# team style\nlanguage: it   # always Italian\nrules:\n    flat-no: error  # we mean it\n\naccept:\n  - \"a presto\"\n";

    String out = apply(yaml, ConfigEdits.disableRule(yaml, "no-problem"));

    assertThat(out).isEqualTo("# team style\nlanguage: it   # always Italian\nrules:\n    no-problem: off\n    flat-no: error  # we mean it\n\naccept:\n  - \"a presto\"\n");
  }

  @Test
  void changesTheSettingOfARuleAlreadyListed() {
    String yaml = "rules:\n  no-problem: error # loud\n  flat-no: off\n";

    String out = apply(yaml, ConfigEdits.disableRule(yaml, "no-problem"));

    assertThat(out).isEqualTo("rules:\n  no-problem: off\n  flat-no: off\n");
    assertThat(ConfigEdits.disableRule(out, "no-problem")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|rules:\\n  no-problem: off\\n",
      "language: en|language: en\\nrules:\\n  no-problem: off\\n",
      "rules: {}\\n|rules: {no-problem: off}\\n",
      "rules: {flat-no: off}\\n|rules: {no-problem: off, flat-no: off}\\n",
      "rules: {no-problem: error}\\n|rules: {no-problem: off}\\n",
      "rules:\\n|rules:\\n  no-problem: off\\n",
      "rules: ~\\n|rules:\\n  no-problem: off\\n",
      "rules:\\r\\n  flat-no: off\\r\\n|rules:\\r\\n  no-problem: off\\r\\n  flat-no: off\\r\\n",
  })
  void disableRuleInEveryShape(String before, String after) {
    String yaml = before.replace("\\n", "\n").replace("\\r", "\r");
    String out = apply(yaml, ConfigEdits.disableRule(yaml, "no-problem"));
    assertThat(out).isEqualTo(after.replace("\\n", "\n").replace("\\r", "\r"));
    assertThat(ruleValue(out, "no-problem")).isEqualTo("off");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|accept:\\n  - \"Nessun problema\"\\n",
      "accept:\\n  - a presto\\n  # ours\\n  - 'ciao'\\nrules: {}\\n|accept:\\n  - a presto\\n  # ours\\n  - 'ciao'\\n  - \"Nessun problema\"\\nrules: {}\\n",
      "accept:\\n- a presto\\n|accept:\\n- a presto\\n- \"Nessun problema\"\\n",
      "accept: []\\n|accept: [\"Nessun problema\"]\\n",
      "accept: [a presto]\\n|accept: [a presto, \"Nessun problema\"]\\n",
      "accept: a presto\\n|accept:\\n  - a presto\\n  - \"Nessun problema\"\\n",
      "accept:\\n|accept:\\n  - \"Nessun problema\"\\n",
      "register: tu|register: tu\\naccept:\\n  - \"Nessun problema\"\\n",
  })
  void acceptInEveryShape(String before, String after) {
    String yaml = before.replace("\\n", "\n");
    String out = apply(yaml, ConfigEdits.accept(yaml, "Nessun problema"));
    assertThat(out).isEqualTo(after.replace("\\n", "\n"));
    assertThat(ConfigLoader.parse("test.yaml", out, null).accept()).contains("Nessun problema");
    assertThat(ConfigEdits.accept(out, "nessun  problema")).as("already accepted").isEmpty();
  }

  @Test
  void quotesWhatYamlWouldReadOtherwise() {
    String yaml = apply("", ConfigEdits.accept("", "say \"no\" \\ #1: ok"));
    assertThat(ConfigLoader.parse("test.yaml", yaml, null).accept()).containsExactly("say \"no\" \\ #1: ok");
  }

  @Test
  void newFileHasAHeaderAndTheSetting() {
    String text = ConfigEdits.newFile(ConfigEdits.disableRule("", "no-problem"));
    assertThat(text).startsWith("# garbo").endsWith("rules:\n  no-problem: off\n");
    assertThat(ruleValue(text, "no-problem")).isEqualTo("off");
  }
}
