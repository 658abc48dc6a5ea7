package dev.garbo.rules;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.pattern.Match;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;

/**
 * "Unfortunately" / "purtroppo" is only worth a note when the reply leaves the customer with the
 * regret and nothing else. A way forward after it (an alternative, a next step, an offer, a link)
 * means the writer already did what the rule would ask, so it stays silent.
 *
 * <p>A stock closing is not a way forward: "Let me know if there is anything else I can do" after
 * the bad news leaves the customer exactly where the regret did.
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
    for (PatternSet.Hit<Void> hit : block.set("way-forward").findAll(text)) {
      // the marked part of a way-forward pattern is the offer itself ("non possiamo X, ma <possiamo> Y");
      // a stock closing ("let me know if there is anything else I can do") offers nothing
      if (hit.match().markFrom() >= match.to()
          && !closing.matchesInSentence(text, text.token(hit.match().markFrom()).sentence())) {
        return false;
      }
    }
    return true;
  }
}
