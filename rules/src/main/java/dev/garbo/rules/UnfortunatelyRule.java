package dev.garbo.rules;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.pattern.Match;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;
import java.util.List;

/**
 * "Unfortunately" / "purtroppo" is only worth a note when the reply leaves the customer with the
 * regret and nothing else. A way forward after it (an alternative, a next step, an offer, a link)
 * means the writer already did what the rule would ask, so it stays silent.
 *
 * <p>A stock closing is not a way forward: "Let me know if there is anything else I can do" after
 * the bad news leaves the customer exactly where the regret did. Nor is having looked ("I have
 * checked all our stores"): the {@code not-forward} set cancels the way-forward matches it overlaps.
 *
 * <p>Only what comes after the regret counts: "I've checked, and unfortunately it's sold out" must
 * not be saved by the "I've checked" that leads up to the news.
 */
public final class UnfortunatelyRule extends PhraseRule {

  public UnfortunatelyRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  protected boolean accept(Reply reply, CompiledBlock block, Match match) {
    AnalyzedText text = reply.text();
    PatternSet<Void> closing = block.set("closing");
    List<Match> notForward = block.set("not-forward").findAll(text).stream().map(PatternSet.Hit::match).toList();
    for (PatternSet.Hit<Void> hit : block.set("way-forward").findAll(text)) {
      Match m = hit.match();
      // the marked part of a way-forward pattern is the offer itself ("non possiamo X, ma <possiamo> Y");
      // a stock closing ("let me know if there is anything else I can do") offers nothing, and
      // neither does "I have checked" (the past tense of looking, not of doing)
      if (m.markFrom() >= match.to()
          && !closing.matchesInSentence(text, text.token(m.markFrom()).sentence())
          && notForward.stream().noneMatch(n -> n.overlaps(m))) {
        return false;
      }
    }
    return true;
  }
}
