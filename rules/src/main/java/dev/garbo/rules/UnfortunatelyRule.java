package dev.garbo.rules;

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
 * <p>Only what comes after the regret counts: "I've checked, and unfortunately it's sold out" must
 * not be saved by the "I've checked" that leads up to the news.
 */
public final class UnfortunatelyRule extends PhraseRule {

  public UnfortunatelyRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  protected boolean accept(Reply reply, CompiledBlock block, Match match) {
    for (PatternSet.Hit<Void> hit : block.set("way-forward").findAll(reply.text())) {
      // the marked part of a way-forward pattern is the offer itself ("non possiamo X, ma <possiamo> Y")
      if (hit.match().markFrom() >= match.to()) {
        return false;
      }
    }
    return true;
  }
}
