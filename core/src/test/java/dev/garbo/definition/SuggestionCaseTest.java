package dev.garbo.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Checker;
import dev.garbo.Garbo;
import dev.garbo.Language;
import org.junit.jupiter.api.Test;

class SuggestionCaseTest {
  private static final String RULE = """
      id: test-not-sure
      category: custom
      title: {en: "t", it: "t"}
      why: {en: "w", it: "w"}
      en:
        patterns:
          - pattern: "<i am not sure>"
            suggest: ["let me check"]
          - pattern: "<(sla|t&cs)>"
            suggest: ["agreed terms"]
      """;

  private static final Checker CHECKER = Garbo.builder().discoverPacks(false)
      .addRule(RuleFiles.rule(RuleFiles.parse("test", RULE), SuggestionCaseTest.class.getClassLoader())).build();

  private static String first(String reply) {
    return CHECKER.check(reply, null, Language.EN).findings().get(0).suggestions().get(0);
  }

  @Test
  void pronounIFollowsThePositionNotItsOwnCapital() {
    assertThat(first("Sorry, I'm not sure whether it fits.")).isEqualTo("let me check");
    assertThat(first("I'm not sure whether it fits.")).isEqualTo("Let me check");
    assertThat(first("Thanks. I am not sure it fits.")).isEqualTo("Let me check");
  }

  @Test
  void acronymsFollowThePositionToo() {
    assertThat(first("It is within our SLA.")).isEqualTo("agreed terms");
    assertThat(first("As per our T&Cs, no.")).isEqualTo("agreed terms");
    assertThat(first("SLA: two days.")).isEqualTo("Agreed terms");
  }
}
