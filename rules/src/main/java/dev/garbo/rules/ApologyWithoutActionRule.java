package dev.garbo.rules;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.TokenKind;
import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.pattern.Match;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import java.util.List;
import java.util.Set;

/**
 * {@code apology-without-action}: an absence rule. It reports the first apology of a reply (found by
 * the file's patterns and exceptions) when nothing in the whole reply is a way forward. A match of
 * the {@code action} set does not count as one if it is negated ("we can't send"), if it is part of
 * the apology itself ("please accept our apologies"), or if it belongs to a stock offer of help, a
 * match of the {@code generic} set a few words away ("please contact us if you need anything
 * else"). A link or an address always counts: it tells the customer where to go.
 */
public final class ApologyWithoutActionRule extends PhraseRule {
  /** Words that turn an action into its absence, looked for just around and inside the match. */
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "non", "mai", "nessun", "nessuna", "niente", "nulla");
  /** Token kinds that point somewhere concrete on their own. */
  private static final Set<TokenKind> POINTERS = Set.of(TokenKind.URL, TokenKind.EMAIL, TokenKind.PLACEHOLDER);
  /** How many words apart an action and a stock offer can be and still be one formula. */
  private static final int OFFER_DISTANCE = 5;

  public ApologyWithoutActionRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    CompiledBlock block = spec().block(reply.language());
    if (block == null || hasWayForward(reply.text(), block)) {
      return;
    }
    // one missing next step is one finding, however many times the reply apologises
    boolean[] reported = {false};
    super.check(reply, (start, end, suggestions, severity, message) -> {
      if (!reported[0]) {
        reported[0] = true;
        reporter.report(start, end, suggestions, severity, message);
      }
    });
  }

  private static boolean hasWayForward(AnalyzedText text, CompiledBlock block) {
    List<PatternSet.Hit<CompiledBlock.Trigger>> apologies = block.patterns().findAll(text);
    List<PatternSet.Hit<Void>> offers = block.set("generic").findAll(text);
    for (PatternSet.Hit<Void> hit : block.set("action").findAll(text)) {
      Match m = hit.match();
      if (m.to() - m.from() == 1 && POINTERS.contains(text.token(m.from()).kind())) {
        return true;
      }
      if (negated(text, m)
          || apologies.stream().anyMatch(a -> a.match().overlaps(m))
          || offers.stream().anyMatch(o -> near(text, o.match(), m))) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** Whether a stock offer lies within a few words of an action, in its sentence. */
  private static boolean near(AnalyzedText text, Match offer, Match action) {
    return text.token(offer.from()).sentence() == text.token(action.from()).sentence()
        && offer.from() < action.to() + OFFER_DISTANCE && action.from() < offer.to() + OFFER_DISTANCE;
  }

  /** "we can't refund", "non sarà possibile": a negation up to two words before, inside, or right after. */
  private static boolean negated(AnalyzedText text, Match m) {
    int sentence = text.token(m.from()).sentence();
    for (int i = Math.max(0, m.from() - 2); i <= Math.min(text.size() - 1, m.to()); i++) {
      if (text.token(i).sentence() == sentence && NEGATIONS.contains(text.token(i).folded())) {
        return true;
      }
    }
    return false;
  }
}
