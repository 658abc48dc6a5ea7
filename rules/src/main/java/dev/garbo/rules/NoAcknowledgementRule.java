package dev.garbo.rules;

import dev.garbo.Language;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.Token;
import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.definition.Suggestion;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The customer's previous message is upset (set {@code upset} unless {@code not-upset} covers the
 * same words, or shouting in capitals) and the reply
 * acknowledges nothing ({@code unless-reply} lists what counts as acknowledging). There is no phrase
 * to blame, so the finding goes on the reply's opening sentence, after any greeting (set
 * {@code greeting}): that is where the acknowledgement belongs. The file's one pattern carries the
 * acknowledgements; each suggestion is that acknowledgement followed by the opening sentence.
 */
public final class NoAcknowledgementRule extends PhraseRule {

  public NoAcknowledgementRule(RuleSpec spec) {
    super(spec);
  }

  /** The trigger is in the customer's message, not in the reply's words: always run. */
  @Override
  public Set<String> triggers(Language language) {
    return null;
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    CompiledBlock block = spec().block(reply.language());
    AnalyzedText context = reply.context();
    AnalyzedText text = reply.text();
    if (block == null || context == null || block.patterns().isEmpty()
        || !(upset(block, context) || shouting(context))
        || block.unlessReply().matchesAnywhere(text)) {
      return;
    }
    int from = openingStart(block, text);
    if (from < 0) {
      return;
    }
    int to = from;
    while (to + 1 < text.size() && text.token(to + 1).sentence() == text.token(from).sentence()) {
      to++;
    }
    int start = text.token(from).start();
    int end = text.token(to).end();
    String opening = text.text().substring(start, end);
    boolean midSentence = Character.isLowerCase(opening.codePointAt(0));
    List<String> suggestions = new ArrayList<>();
    for (Suggestion s : block.patterns().entries().get(0).payload().suggestions()) {
      String ack = s.template(reply.register());
      String r = (midSentence ? lowerFirst(ack) : ack) + " " + upperFirst(opening);
      if (!suggestions.contains(r)) {
        suggestions.add(r);
      }
    }
    reporter.report(start, end, suggestions);
  }

  /**
   * Whether a pattern of set {@code upset} matches the customer's message where no pattern of set
   * {@code not-upset} covers the same words: "!!!" after "thank you so much" is joy, "terrible with
   * names" is modesty.
   */
  private static boolean upset(CompiledBlock block, AnalyzedText context) {
    for (PatternSet.Hit<Void> h : block.set("upset").findAll(context)) {
      if (block.set("not-upset").overlapping(context, h.match().from(), h.match().to()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The first word of the reply after a greeting ("Hi Anna,", "Buongiorno Marco!"), or -1. */
  private static int openingStart(CompiledBlock block, AnalyzedText text) {
    int first = nextWord(text, 0);
    if (first < 0) {
      return -1;
    }
    for (PatternSet.Hit<Void> h : block.set("greeting").findAll(text)) {
      if (h.match().from() == first) {
        return nextWord(text, h.match().to());
      }
    }
    return first;
  }

  private static int nextWord(AnalyzedText text, int from) {
    for (int i = from; i < text.size(); i++) {
      if (text.token(i).isWord()) {
        return i;
      }
    }
    return -1;
  }

  /** Three or more words of three letters or more in capitals, a quarter of the message at least. */
  private static boolean shouting(AnalyzedText context) {
    int words = 0;
    int capitals = 0;
    for (Token t : context.tokens()) {
      if (!t.isWord()) {
        continue;
      }
      words++;
      String w = t.text();
      if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        capitals++;
      }
    }
    return capitals >= 3 && capitals * 4 >= words;
  }

  /** "Capisco" after "Buongiorno Marco," becomes "capisco"; "I" and acronyms keep their capital. */
  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
        + s.substring(s.offsetByCodePoints(0, 1));
  }
}
