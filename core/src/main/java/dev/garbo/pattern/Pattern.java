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
  /**
   * Per first word, the variants that can start with it (in source order, with the variants whose
   * first token is not a literal); {@code otherVariants} for any other word. A pattern like
   * "(don't|do not|no need to) (worry|panic)" expands to many variants and is tried at every "do",
   * "no" and "don't": only the few that start with that word are worth trying.
   */
  private final java.util.Map<String, List<List<Step>>> variantsByFirstWord = new java.util.HashMap<>();
  private final List<List<Step>> otherVariants;

  Pattern(String source, List<List<Step>> variants, int groups) {
    this.source = source;
    this.variants = variants.stream().map(List::copyOf).toList();
    this.groups = groups;
    java.util.Map<String, List<Integer>> indices = new java.util.LinkedHashMap<>();
    List<Integer> unindexed = new java.util.ArrayList<>();
    for (int v = 0; v < this.variants.size(); v++) {
      Set<String> forms = firstForms(this.variants.get(v));
      if (forms == null) {
        unindexed.add(v);
      } else {
        for (String f : forms) {
          indices.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(v);
        }
      }
    }
    for (var e : indices.entrySet()) {
      List<Integer> all = new java.util.ArrayList<>(e.getValue());
      all.addAll(unindexed);
      all.sort(null);
      variantsByFirstWord.put(e.getKey(), all.stream().map(this.variants::get).toList());
    }
    otherVariants = unindexed.stream().map(this.variants::get).toList();
  }

  /** The literal forms the first token of a variant must have, or {@code null} if it may be anything. */
  private static Set<String> firstForms(List<Step> steps) {
    int k = 0;
    while (k < steps.size() - 1 && steps.get(k).anchor() == Anchor.CLAUSE_START) {
      k++;
    }
    Step first = steps.get(k);
    if (first.min() < 1 || first.anchor() != Anchor.NONE) {
      return null;
    }
    return first.test().anchors();
  }

  public String source() {
    return source;
  }

  /**
   * Literal forms the first token must have, or {@code null} if it may be anything. A leading
   * {@code ^} takes no token, so "^ sinceramente ," is indexed by "sinceramente" like "sinceramente ,".
   */
  Set<String> anchors() {
    Set<String> all = new java.util.HashSet<>();
    for (List<Step> steps : variants) {
      Set<String> forms = firstForms(steps);
      if (forms == null) {
        return null;
      }
      all.addAll(forms);
    }
    return all;
  }

  /** The longest match starting exactly at token {@code at}, or {@code null}. */
  public Match matchAt(AnalyzedText text, int at) {
    Match best = null;
    for (List<Step> steps : variantsByFirstWord.getOrDefault(text.token(at).folded(), otherVariants)) {
      Match m = matchAt(text, at, steps);
      if (m != null && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    return best;
  }

  private Match matchAt(AnalyzedText text, int at, List<Step> steps) {
    if (!literalPrefixMatches(text, at, steps)) {
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

  /**
   * Tests the leading one-token steps of a variant before any allocation: most variants tried at an
   * anchor word ("i" for "i think", "i will try to", "i hope to"…) fail on their first or second
   * word. Equivalent to what {@link #step} would decide for those steps, only cheaper.
   */
  private static boolean literalPrefixMatches(AnalyzedText text, int at, List<Step> steps) {
    int sentence = text.token(at).sentence();
    int pos = at;
    for (Step st : steps) {
      if (st.anchor() == Anchor.CLAUSE_START && pos == at) {
        continue;
      }
      if (st.anchor() != Anchor.NONE || st.min() != 1 || st.max() != 1 || st.test().any()) {
        return true;
      }
      if (pos >= text.size() || text.token(pos).sentence() != sentence || !st.test().test(text, pos)) {
        return false;
      }
      pos++;
    }
    return true;
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
