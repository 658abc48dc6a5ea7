package dev.garbo.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.CheckResult;
import dev.garbo.Category;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.Garbo;
import dev.garbo.Language;
import dev.garbo.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pieces of the report that could drift from the engine or keep more than they should. */
class ReportPiecesTest {
  private static final Checker CHECKER = Garbo.checker();

  @Test
  void theRewordingShownIsWhatCheckFixWrites() {
    for (String reply : List.of("No problem, happy to help!", "Nessun problema! Ci sentiamo presto.",
        "No worries. No problem at all!", "I have refunded the order.")) {
      CheckResult r = CHECKER.check(reply, "Thanks!", null);
      String pieces = Rewording.fixed(r).stream().map(Rewording.Piece::text).collect(Collectors.joining());
      assertThat(pieces).isEqualTo(r.fixed());
    }
    // overlapping findings: the first wins, exactly as CheckResult.fixed() decides
    Finding a = new Finding("a", Category.CUSTOM, Severity.WARNING, 0, 10, 1, 1, "No problem", "m", List.of("My pleasure"));
    Finding b = new Finding("b", Category.CUSTOM, Severity.WARNING, 3, 15, 1, 4, "problem at al", "m", List.of("X"));
    CheckResult r = new CheckResult("No problem at all!", Language.EN, null, List.of(a, b), 80);
    assertThat(Rewording.fixed(r).stream().map(Rewording.Piece::text).collect(Collectors.joining())).isEqualTo(r.fixed());
    assertThat(Rewording.fixedHtml(r)).isEqualTo("<ins>My pleasure</ins> at all!");
  }

  @Test
  void markedHtmlEscapesWhatCameFromTheExport() {
    CheckResult r = CHECKER.check("<b>No problem</b> & see you", null, Language.EN);
    String html = Rewording.markedHtml(r);
    assertThat(html).startsWith("&lt;b&gt;<mark class=\"warning\"").contains("&amp; see you").doesNotContain("<b>");
  }

  @Test
  void theWorstKeepsOnlyNAndBreaksTiesByInputOrder() {
    Worst w = new Worst(3);
    InputFile f = new InputFile(Path.of("x"), "x", Format.JSONL, 0);
    for (int i = 0; i < 100; i++) {
      int score = i % 10 == 0 ? 50 : 90;
      Finding fi = new Finding("r", Category.CUSTOM, Severity.WARNING, 0, 1, 1, 1, "x", "m", List.of());
      w.offer(new Sample(new Job(new Turn(f, i, "c", Role.AGENT, "x", null, null, null, null, null), null, i),
          new CheckResult("x", Language.EN, null, List.of(fi), score)));
    }
    assertThat(w.list()).extracting(s -> s.job().seq()).containsExactly(0L, 10L, 20L);
  }

  @Test
  void htmlEscapingAndAnchors() {
    assertThat(Html.esc("<script>alert('x')</script> & \"q\"")).isEqualTo(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Html.anchor("rule-", "no-problem")).isEqualTo("rule-no-problem");
    assertThat(Html.anchor("rule-", "a b\"c")).isEqualTo("rule-a_b_c");
  }
}
