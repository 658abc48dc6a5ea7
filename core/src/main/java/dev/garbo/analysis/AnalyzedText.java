package dev.garbo.analysis;

import dev.garbo.Language;
import java.util.List;

/**
 * A text split into tokens and sentences, in a known language, with lemmas and parts of speech
 * looked up on demand (most tokens are never asked for theirs).
 */
public final class AnalyzedText {
  private final String text;
  private final Language language;
  private final List<Token> tokens;
  private final Lexicon lexicon;
  private final Reading[][] readings;
  private int[] lineStarts;

  public AnalyzedText(String text, Language language, List<Token> tokens) {
    this.text = text;
    this.language = language;
    this.tokens = tokens;
    this.lexicon = Lexicon.of(language);
    this.readings = new Reading[tokens.size()][];
  }

  public String text() {
    return text;
  }

  public Language language() {
    return language;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int sentenceCount() {
    return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
  }

  /** Lemmas and tags of token {@code i}; empty for non-words and unknown words. */
  public Reading[] readings(int i) {
    Reading[] r = readings[i];
    if (r == null) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        r = new Reading[0];
      } else {
        // contractions are looked up by what they stand for ("n't" -> not, "ca" -> can)
        String form = t.folded().length() != t.text().length() || t.text().indexOf('\'') >= 0
            || t.text().indexOf('\u2019') >= 0 ? t.folded() : t.text();
        if (form.endsWith("'") && form.length() > 1) {
          r = lexicon.readings(t.text().replace('\u2019', '\''));
          if (r.length == 0) {
            r = lexicon.readings(form);
          }
        } else {
          r = lexicon.readings(form);
        }
      }
      readings[i] = r;
    }
    return r;
  }

  /** Whether token {@code i} has a reading with lemma {@code lemma} (compared folded). */
  public boolean hasLemma(int i, String foldedLemma) {
    if (tokens.get(i).folded().equals(foldedLemma)) {
      return true;
    }
    for (Reading r : readings(i)) {
      if (Folding.fold(r.lemma()).equals(foldedLemma)) {
        return true;
      }
    }
    return false;
  }

  /** 1-based line of offset {@code offset}. */
  public int line(int offset) {
    int[] ls = lineStarts();
    int lo = 0;
    int hi = ls.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (ls[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** 1-based column of offset {@code offset} in its line, in UTF-16 units. */
  public int column(int offset) {
    return offset - lineStarts()[line(offset) - 1] + 1;
  }

  private int[] lineStarts() {
    int[] ls = lineStarts;
    if (ls == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      ls = new int[count];
      int k = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          ls[k++] = i + 1;
        }
      }
      lineStarts = ls;
    }
    return ls;
  }
}
