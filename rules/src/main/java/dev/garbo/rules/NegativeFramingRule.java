package dev.garbo.rules;

import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.pattern.Match;
import dev.garbo.rule.Reply;

/**
 * "Non si preoccupi" names the worry it wants to dispel. Right after a thank-you, a bare "Non si
 * preoccupi" is the Italian "no problem" and belongs to {@code no-problem}: this rule stays silent
 * there, so the writer gets one finding with one rewording instead of two.
 */
public final class NegativeFramingRule extends PhraseRule {

  public NegativeFramingRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  protected boolean accept(Reply reply, CompiledBlock block, Match match) {
    boolean answersThanks = block.set("thanks").matchesAnywhere(reply.context());
    return !(answersThanks && !block.set("thanks-reply").overlapping(reply.text(), match.from(), match.to()).isEmpty());
  }
}
