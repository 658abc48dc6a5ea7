package dev.garbo.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garbo.Language;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.Analyzer;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PatternTest {
  private static final Analyzer ANALYZER = new Analyzer(Language.EN);

  private static String match(String pattern, String text, Language lang) {
    AnalyzedText t = ANALYZER.analyze(text, lang);
    PatternSet<Void> set = PatternSet.of(java.util.List.of(PatternCompiler.compile(pattern)));
    var hits = set.findAll(t);
    return hits.isEmpty() ? null : text.substring(hits.get(0).match().start(t), hits.get(0).match().end(t));
  }

  @Test
  void literalsAreFoldedAndContractionsGeneralise() {
    assertThat(match("we can't do that", "WE CANNOT do that!", Language.EN)).isEqualTo("WE CANNOT do that");
    assertThat(match("non è possibile", "Nn e' possibile", Language.IT)).isEqualTo("Nn e' possibile");
  }

  @Test
  void lemmasMatchEveryForm() {
    assertThat(match("non @potere aiutarla", "Purtroppo non possiamo aiutarla.", Language.IT)).isEqualTo("non possiamo aiutarla");
    assertThat(match("non @potere aiutarla", "Non potremo aiutarla domani.", Language.IT)).isEqualTo("Non potremo aiutarla");
  }

  @Test
  void optionalGapsNegationAndMarks() {
    assertThat(match("sorry for _{0,2} <inconvenience>", "Sorry for any inconvenience caused", Language.EN)).isEqualTo("inconvenience");
    assertThat(match("no problem !with", "no problem with your card", Language.EN)).isNull();
    assertThat(match("really? sorry", "so sorry", Language.EN)).isEqualTo("sorry");
    assertThat(match("^ no $", "No. Thanks", Language.EN)).isEqualTo("No");
    assertThat(match("^ no $", "There is no fee", Language.EN)).isNull();
  }

  @Test
  void patternsNeverCrossASentenceEnd() {
    assertThat(match("sorry _{0,3} delay", "Sorry. The delay is over.", Language.EN)).isNull();
  }

  @Test
  void syntaxErrorsSayWhatWasExpected() {
    assertThatThrownBy(() -> PatternCompiler.compile("no (problem")).hasMessageContaining("unbalanced");
    assertThatThrownBy(() -> PatternCompiler.compile("%nothing")).hasMessageContaining("expected one of %word");
    assertThatThrownBy(() -> PatternCompiler.compile("really?")).hasMessageContaining("at least one token");
    assertThatThrownBy(() -> PatternCompiler.compile("#(a")).hasMessageContaining("bad part-of-speech expression");
  }

  @Test
  void aPathologicalExpressionCannotHangTheChecker() {
    // (a+)+$ backtracks exponentially in java.util.regex; RE2/J runs it in linear time
    Pattern p = PatternCompiler.compile("#(a+)+b");
    AnalyzedText t = ANALYZER.analyze("word ".repeat(2000), Language.EN);
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PatternSet.of(java.util.List.of(p)).findAll(t));
  }
}
