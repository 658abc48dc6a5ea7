package dev.garbo.rules;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.pattern.Match;
import dev.garbo.rule.Reply;

/**
 * {@code flat-no}: a refusal is only flat when nothing in the whole reply opens a way forward (an
 * alternative, a next step, a pointer, a promise to follow up), so the refusal phrases are checked
 * against the reply's {@code way-forward} set. A bare "No" is also weighed against the customer's
 * message: after "Is there a fee?" it is good news, after "Can you waive the fee?" it is a refusal;
 * and a "No," that opens a statement ("No, there is no extra fee") is judged by that statement.
 */
public final class FlatNoRule extends PhraseRule {

  public FlatNoRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  protected boolean accept(Reply reply, CompiledBlock block, Match match) {
    AnalyzedText text = reply.text();
    if (block.set("way-forward").matchesAnywhere(text)) {
      return false;
    }
    // "No, we can't": the refusal that follows is reported on its own, not the "No" again
    if (startsAt(block, "no-then-statement", text, match)) {
      return false;
    }
    return !(startsAt(block, "bare-no", text, match) && answersFactQuestion(reply.context(), block));
  }

  /** Whether a pattern of set {@code name} matches from the first token of {@code match}. */
  private static boolean startsAt(CompiledBlock block, String name, AnalyzedText text, Match match) {
    return block.set(name).overlapping(text, match.from(), match.to()).stream()
        .anyMatch(hit -> hit.match().from() == match.from());
  }

  /** Whether the customer asked about a fact rather than for something to be done. */
  private static boolean answersFactQuestion(AnalyzedText context, CompiledBlock block) {
    return context != null && block.set("question").matchesAnywhere(context)
        && !block.set("request").matchesAnywhere(context);
  }
}
