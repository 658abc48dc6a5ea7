package dev.garbo.rules;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code mechanical-closing}: the phrase rule, reported once per sentence. A stock sign-off is often
 * two formulas glued together ("We hope this helps and feel free to get back for anything else!",
 * "If you need anything else, we're just a tweet away"); that is one closing to rewrite, so the
 * writer sees one finding, on the first formula.
 */
public final class MechanicalClosingRule extends PhraseRule {

  public MechanicalClosingRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    AnalyzedText text = reply.text();
    Set<Integer> reported = new HashSet<>();
    super.check(reply, (start, end, suggestions, severity, message) -> {
      if (reported.add(sentenceAt(text, start))) {
        reporter.report(start, end, suggestions, severity, message);
      }
    });
  }

  private static int sentenceAt(AnalyzedText text, int offset) {
    for (int i = 0; i < text.size(); i++) {
      if (text.token(i).end() > offset) {
        return text.token(i).sentence();
      }
    }
    return text.sentenceCount();
  }
}
