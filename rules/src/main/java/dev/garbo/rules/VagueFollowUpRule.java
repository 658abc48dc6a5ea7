package dev.garbo.rules;

import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;

/**
 * A follow-up promise is vague when no time appears anywhere in the reply (the file's
 * {@code unless-reply} lists what counts as a time). The fix is one per reply, not one per phrase:
 * "We'll get back to you as soon as possible" needs a single "by Friday", so only the first vague
 * promise of a reply is reported.
 */
public final class VagueFollowUpRule extends PhraseRule {

  public VagueFollowUpRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    boolean[] reported = {false};
    super.check(reply, (start, end, suggestions, severity, message) -> {
      if (!reported[0]) {
        reported[0] = true;
        reporter.report(start, end, suggestions, severity, message);
      }
    });
  }
}
