package dev.garbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Example;
import dev.garbo.engine.ExampleVerifier;
import dev.garbo.rule.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example of every rule, in both languages: the examples are the tests are the docs. */
class RuleExamplesTest {
  private static final List<Rule> RULES = new CoreRulePack().rules();
  private static final ExampleVerifier VERIFIER = new ExampleVerifier(List.of(new CoreRulePack()));

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryRule() {
    return RULES.stream().flatMap(rule -> rule.examples().stream().map(ex -> DynamicTest.dynamicTest(
        name(rule, ex), () -> assertThat(VERIFIER.verify(rule, ex)).as(ex.marked()).isEmpty())));
  }

  private static String name(Rule rule, Example ex) {
    String text = ex.marked().replace('\n', ' ');
    return rule.info().id() + " [" + ex.language().code() + "] " + (ex.fires() ? "fires: " : "silent: ")
        + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
  }
}
