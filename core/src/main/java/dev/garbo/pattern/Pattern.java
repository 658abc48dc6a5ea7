package dev.garbo.pattern;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.Token;
import java.util.List;
import java.util.Set;

/**
 * A compiled token pattern (see {@link PatternCompiler} for the syntax). Matching is a bounded
 * backtrack over a handful of steps inside one sentence, so its cost is linear in the reply.
 */
public final class Pattern {

  /** One step: a token test repeated {@code min..max} times, belonging to source element {@code group}. */
  record Step(TokenTest test, int min, int max, int group, boolean markStart, boolean markEnd, Anchor anchor) {}

  enum Anchor { NONE, CLAUSE_START, CLAUSE_END }

  private final String source;
  /** The pattern with its phrase alternatives expanded; one list of steps each. */
  private final List<List<Step>> variants;
  private final int groups;

  Pattern(String source, List<List<Step>> variants, int groups) {
    this.source = source;
    this.variants = variants.stream().map(List::copyOf).toList();
    this.groups = groups;
  }

  public String source() {
    return source;
  }

  /**
   * Literal forms the first token of a match must have, or {@code null} if it may be anything. The
   * first token is taken by the first step that consumes one: clause anchors ({@code ^}) and
   * optional elements before the first required one may be skipped, so their literals join the set
   * ("(please)? calm down" starts with "please" or "calm").
   */
  Set<String> anchors() {
    Set<String> all = new java.util.HashSet<>();
    for (List<Step> steps : variants) {
      if (!firstTokenForms(steps, all)) {
        return null;
      }
    }
    return all;
  }

  /** Words in nearly every reply: a poor choice of word to decide whether a rule must run. */
  private static final Set<String> COMMON = Set.of(
      "i", "we", "you", "u", "it", "is", "are", "am", "be", "the", "a", "an", "to", "of", "for", "in", "on", "if",
      "and", "not", "do", "did", "will", "can", "could", "would", "should", "have", "has", "'s", "that", "this",
      "there", "your", "our", "my", "me", "us", "please", "just", "need", "know", "let", "get", "got", "want", "like",
      "with", "any", "all", "so", "now", "non", "e", "che", "di", "la", "le", "il", "lo", "per", "si", "ci", "mi",
      "ti", "vi", "un", "una", "da", "con", "ha", "ho", "sono", "suo", "sua", "puo", "se", "ma");

  /**
   * Forms one of which must occur in a text for this pattern to match, or {@code null} if the pattern
   * requires no literal word. Per variant it takes the required literal element least likely to be
   * in every reply ("else" rather than "if" in "if there's anything else"): no common function word,
   * then the longest shortest word. A rule whose words are all absent from a reply need not run.
   */
  Set<String> requiredForms() {
    Set<String> all = new java.util.HashSet<>();
    for (List<Step> steps : variants) {
      Set<String> best = null;
      int bestScore = -1;
      for (Step st : steps) {
        Set<String> forms = st.anchor() == Anchor.NONE && st.min() > 0 ? st.test().anchors() : null;
        if (forms == null) {
          continue;
        }
        int shortest = Integer.MAX_VALUE;
        boolean common = false;
        for (String f : forms) {
          shortest = Math.min(shortest, f.length());
          common |= COMMON.contains(f);
        }
        int score = (common ? 0 : 1000) + shortest;
        if (score > bestScore) {
          best = forms;
          bestScore = score;
        }
      }
      if (best == null) {
        return null;
      }
      all.addAll(best);
    }
    return all;
  }

  /** Adds the forms the first consumed token of {@code steps} may have; false if it may be anything. */
  private static boolean firstTokenForms(List<Step> steps, Set<String> out) {
    for (Step st : steps) {
      if (st.anchor() != Anchor.NONE) {
        continue;
      }
      Set<String> forms = st.test().anchors();
      if (forms == null) {
        return false;
      }
      out.addAll(forms);
      if (st.min() > 0) {
        return true;
      }
    }
    return false;
  }

  /** The longest match starting exactly at token {@code at}, or {@code null}. */
  public Match matchAt(AnalyzedText text, int at) {
    Match best = null;
    for (List<Step> steps : variants) {
      Match m = matchAt(text, at, steps);
      if (m != null && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    return best;
  }

  private Match matchAt(AnalyzedText text, int at, List<Step> steps) {
    // most variants fail on their first word: say so before allocating anything
    Step first = steps.get(0);
    if (first.anchor() == Anchor.NONE && first.min() > 0 && !first.test().any() && !first.test().test(text, at)) {
      return null;
    }
    int[] gFrom = new int[groups];
    int[] gTo = new int[groups];
    java.util.Arrays.fill(gFrom, -1);
    int[] marks = {-1, -1};
    int sentence = text.token(at).sentence();
    int end = step(steps, text, 0, at, sentence, gFrom, gTo, marks);
    if (end < 0 || end == at) {
      return null;
    }
    for (int g = 0; g < groups; g++) {
      if (gFrom[g] < 0) {
        gFrom[g] = 0;
        gTo[g] = 0;
      }
    }
    int mf = marks[0] >= 0 ? marks[0] : at;
    int mt = marks[1] >= 0 ? marks[1] : end;
    if (mt <= mf) {
      mf = at;
      mt = end;
    }
    return new Match(at, end, mf, mt, gFrom, gTo);
  }

  private int step(List<Step> steps, AnalyzedText text, int s, int pos, int sentence, int[] gFrom, int[] gTo, int[] marks) {
    if (s == steps.size()) {
      return pos;
    }
    Step st = steps.get(s);
    if (st.anchor() == Anchor.CLAUSE_START) {
      if (pos > 0 && text.token(pos - 1).sentence() == sentence && text.token(pos - 1).isWord()) {
        return -1;
      }
      return step(steps, text, s + 1, pos, sentence, gFrom, gTo, marks);
    }
    if (st.anchor() == Anchor.CLAUSE_END) {
      if (pos < text.size() && text.token(pos).sentence() == sentence && text.token(pos).isWord()) {
        return -1;
      }
      return step(steps, text, s + 1, pos, sentence, gFrom, gTo, marks);
    }
    // count how many tokens this step can take, then try longest first for words, shortest first for skips
    int n = text.size();
    int avail = 0;
    while (avail < st.max() && pos + avail < n && text.token(pos + avail).sentence() == sentence
        && st.test().test(text, pos + avail)) {
      avail++;
    }
    if (avail < st.min()) {
      return -1;
    }
    boolean shortestFirst = st.test().any();
    for (int k = 0; k <= avail - st.min(); k++) {
      int take = shortestFirst ? st.min() + k : avail - k;
      int savedFrom = gFrom[st.group()];
      int savedTo = gTo[st.group()];
      int savedM0 = marks[0];
      int savedM1 = marks[1];
      if (gFrom[st.group()] < 0 || gFrom[st.group()] == gTo[st.group()]) {
        gFrom[st.group()] = pos;
      }
      gTo[st.group()] = pos + take;
      if (st.markStart()) {
        marks[0] = pos;
      }
      if (st.markEnd()) {
        marks[1] = pos + take;
      }
      int end = step(steps, text, s + 1, pos + take, sentence, gFrom, gTo, marks);
      if (end >= 0) {
        return end;
      }
      gFrom[st.group()] = savedFrom;
      gTo[st.group()] = savedTo;
      marks[0] = savedM0;
      marks[1] = savedM1;
    }
    return -1;
  }

  @Override
  public String toString() {
    return source;
  }

  static boolean sameSentence(Token a, Token b) {
    return a.sentence() == b.sentence();
  }
}
