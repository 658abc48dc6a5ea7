package dev.garbo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Garbo;
import dev.garbo.Language;
import dev.garbo.Severity;
import dev.garbo.config.ConfigLoader;
import dev.garbo.definition.DefinitionException;
import dev.garbo.definition.RuleFiles;
import dev.garbo.rule.Rule;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
  private static final Rule RULE = RuleFiles.load(EngineSmokeTest.class, "/rules/no-problem-test.yaml");

  private static Checker checker(String configYaml) {
    Garbo.Builder b = Garbo.builder().discoverPacks(false).addRule(RULE);
    if (configYaml != null) {
      b.config(ConfigLoader.parse(".garbo.yaml", configYaml, null));
    }
    return b.build();
  }

  @Test
  void firesWithSuggestionAndCase() {
    CheckResult r = checker(null).check("No problem, happy to help!");
    assertThat(r.language()).isEqualTo(Language.EN);
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).start()).isZero();
    assertThat(r.findings().get(0).end()).isEqualTo(10);
    assertThat(r.findings().get(0).suggestions()).containsExactly("My pleasure", "Happy to help");
    assertThat(r.fixed()).isEqualTo("My pleasure, happy to help!");
    assertThat(r.score()).isEqualTo(90);
  }

  @Test
  void exceptionAndEscalation() {
    Checker c = checker(null);
    assertThat(c.check("There is no problem with your account.").findings()).isEmpty();
    assertThat(c.check("no problem!", "Thanks so much!", null).findings().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void italianRegister() {
    Checker c = checker(null);
    CheckResult lei = c.check("Nessun problema!");
    assertThat(lei.language()).isEqualTo(Language.IT);
    assertThat(lei.findings().get(0).suggestions()).containsExactly("Con piacere");
    CheckResult tu = c.check("Ciao Marco, nessun problema! Se hai bisogno scrivici.");
    assertThat(tu.findings().get(0).suggestions()).containsExactly("figurati");
  }

  @Test
  void unknownRuleInConfig() {
    assertThatThrownBy(() -> checker("rules:\n  test-no-problm: off\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(".garbo.yaml:2:3: unknown rule 'test-no-problm'; did you mean 'test-no-problem'?");
  }

  @Test
  void badRuleFile() {
    assertThatThrownBy(() -> RuleFiles.parse("x.yaml", "id: a\ncategory: positivity\ntitel: {en: a, it: b}\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("x.yaml:3:1: unknown field 'titel' (did you mean 'title'?)");
    assertThatThrownBy(() -> RuleFiles.parse("x.yaml",
        "id: a\ntitle: {en: a, it: b}\nwhy: {en: a, it: b}\nen:\n  patterns:\n    - \"no _{3,1} problem\"\n"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("x.yaml:6:7: a gap is _{min,max}");
  }
}
