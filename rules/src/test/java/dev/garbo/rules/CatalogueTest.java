package dev.garbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.Localized;
import dev.garbo.RuleInfo;
import dev.garbo.rule.Rule;
import dev.garbo.rules.docs.DocsGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards on the catalogue as a whole, so a new rule cannot arrive half-written. */
class CatalogueTest {
  private static final List<Rule> RULES = new CoreRulePack().rules();

  @Test
  void everyFileInTheCatalogueIsARule() {
    assertThat(RULES).hasSameSizeAs(CoreRulePack.catalogueFiles());
  }

  @Test
  void idsAndAliasesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Rule r : RULES) {
      assertThat(seen.add(r.info().id())).as("duplicate id %s", r.info().id()).isTrue();
      for (String a : r.info().aliases()) {
        assertThat(seen.add(a)).as("alias %s of %s clashes", a, r.info().id()).isTrue();
      }
    }
  }

  @Test
  void everyTextExistsInBothLanguages() {
    for (Rule r : RULES) {
      RuleInfo i = r.info();
      for (Localized l : List.of(i.title(), i.message(), i.why())) {
        assertThat(l.en()).as("%s en", i.id()).isNotBlank();
        assertThat(l.it()).as("%s it", i.id()).isNotBlank();
        assertThat(l.it()).as("%s: the Italian text is not a copy of the English", i.id()).isNotEqualTo(l.en());
      }
    }
  }

  @Test
  void everyRuleHasExamplesInEachLanguageItClaims() {
    List<String> problems = new ArrayList<>();
    for (Rule r : RULES) {
      boolean group = r.info().id().equals("grammar");
      int minimum = group ? 1 : 8;
      for (Language lang : r.info().languages()) {
        long fire = r.examples().stream().filter(e -> e.language() == lang && e.fires()).count();
        long silent = r.examples().stream().filter(e -> e.language() == lang && !e.fires()).count();
        if (fire < minimum || silent < minimum) {
          problems.add(r.info().id() + " [" + lang.code() + "]: " + fire + " firing and " + silent
              + " silent examples (at least " + minimum + " each)");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everySuggestionIsNonEmptyAndDiffersFromTheMatchedText() {
    for (Rule r : RULES) {
      for (Example e : r.examples()) {
        if (e.fires() && e.suggestion() != null) {
          assertThat(e.suggestion()).as(r.info().id() + ": " + e.marked()).isNotBlank()
              .isNotEqualToIgnoringCase(e.text().substring(e.start(), e.end()));
        }
      }
    }
  }

  @Test
  void generatedDocsAreCurrent() throws IOException {
    Path dir = Path.of("..", "docs", "rules");
    Map<String, String> pages = DocsGenerator.pages();
    for (Map.Entry<String, String> p : pages.entrySet()) {
      Path f = dir.resolve(p.getKey());
      assertThat(f).as("docs/rules/%s is missing: run ./mvnw -pl rules -am process-classes", p.getKey()).exists();
      assertThat(Files.readString(f, StandardCharsets.UTF_8))
          .as("docs/rules/%s is stale: run ./mvnw -pl rules -am process-classes", p.getKey()).isEqualTo(p.getValue());
    }
    try (var s = Files.list(dir)) {
      assertThat(s.map(f -> f.getFileName().toString()).filter(n -> !pages.containsKey(n)).toList())
          .as("pages of rules that no longer exist").isEmpty();
    }
  }
}
