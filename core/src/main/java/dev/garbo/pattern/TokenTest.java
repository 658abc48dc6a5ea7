package dev.garbo.pattern;

import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.Folding;
import dev.garbo.analysis.Reading;
import dev.garbo.analysis.Token;
import dev.garbo.analysis.TokenKind;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * What one pattern element asks of one token: any of a set of word forms, lemmas (optionally with a
 * part-of-speech constraint), token kinds or anything at all; possibly negated.
 */
record TokenTest(Set<String> forms, List<LemmaTest> lemmas, Set<TokenKind> kinds, boolean any, boolean negated) {

  /**
   * A lemma, a tag pattern, or both. Tags are matched with RE2/J: linear time whatever the user
   * writes. The dictionary has a few hundred distinct tags, so each tag's answer is remembered: a
   * tag pattern tried at every token would otherwise cost a regular-expression match per reading.
   */
  record LemmaTest(String lemma, Pattern tag, java.util.Map<String, Boolean> tagAnswers) {
    private static final int MAX_TAGS = 4096;

    LemmaTest(String lemma, Pattern tag) {
      this(lemma, tag, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private boolean tagMatches(String t) {
      Boolean known = tagAnswers.get(t);
      if (known == null) {
        known = tag.matches(t);
        if (tagAnswers.size() < MAX_TAGS) {
          tagAnswers.put(t, known);
        }
      }
      return known;
    }

    boolean test(AnalyzedText text, int i) {
      Reading[] readings = text.readings(i);
      if (lemma != null && tag == null && text.token(i).folded().equals(lemma)) {
        return true;
      }
      for (Reading r : readings) {
        if (lemma != null && !Folding.fold(r.lemma()).equals(lemma)) {
          continue;
        }
        if (tag != null && !tagMatches(r.tag())) {
          continue;
        }
        return true;
      }
      return false;
    }
  }

  boolean test(AnalyzedText text, int i) {
    return negated != positive(text, i);
  }

  private boolean positive(AnalyzedText text, int i) {
    Token t = text.token(i);
    if (any) {
      return !t.isPunct() || !isTerminal(t);
    }
    if (forms.contains(t.folded())) {
      return true;
    }
    if (kinds.contains(t.kind())) {
      return true;
    }
    for (LemmaTest l : lemmas) {
      if (t.isWord() && l.test(text, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean isTerminal(Token t) {
    char c = t.text().charAt(t.text().length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /** Literal anchors usable for indexing, or {@code null} when the test is not purely literal. */
  Set<String> anchors() {
    if (negated || any || !lemmas.isEmpty() || !kinds.isEmpty() || forms.isEmpty()) {
      return null;
    }
    return forms;
  }
}
