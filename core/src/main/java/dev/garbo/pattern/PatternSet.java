package dev.garbo.pattern;

import dev.garbo.analysis.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Patterns indexed by the literal their first token must be, so a reply is scanned once and a
 * pattern is only tried where its first word occurs, and only if a word it cannot match without
 * occurs in the text searched ("else" for "is there anything else I can do"). Each pattern carries
 * a payload (its suggestions, say).
 */
public final class PatternSet<T> {

  /** A pattern and what it stands for. */
  public record Entry<T>(Pattern pattern, T payload) {}

  /** A match and the entry that made it. */
  public record Hit<T>(Match match, Entry<T> entry) {}

  private final List<Entry<T>> entries;
  private final Map<String, List<Integer>> byAnchor = new HashMap<>();
  private final List<Integer> unanchored = new ArrayList<>();
  /** Per word, the patterns that cannot match without it; patterns that need no word are always live. */
  private final Map<String, List<Integer>> byRequired = new HashMap<>();
  private final boolean[] needsNoWord;

  public PatternSet(List<Entry<T>> entries) {
    this.entries = List.copyOf(entries);
    this.needsNoWord = new boolean[this.entries.size()];
    for (int k = 0; k < this.entries.size(); k++) {
      Pattern p = this.entries.get(k).pattern();
      Set<String> anchors = p.anchors();
      if (anchors == null) {
        unanchored.add(k);
      } else {
        for (String a : anchors) {
          byAnchor.computeIfAbsent(a, x -> new ArrayList<>()).add(k);
        }
      }
      Set<String> required = p.requiredForms();
      if (required == null) {
        needsNoWord[k] = true;
      } else {
        for (String w : required) {
          byRequired.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
        }
      }
    }
  }

  public static PatternSet<Void> of(List<Pattern> patterns) {
    List<Entry<Void>> list = new ArrayList<>();
    for (Pattern p : patterns) {
      list.add(new Entry<>(p, null));
    }
    return new PatternSet<>(list);
  }

  /**
   * Words one of which must occur for any pattern to match, or {@code null} if some pattern needs no
   * particular word. Each pattern contributes the words of one element it cannot match without
   * (the rarest-looking one, not necessarily the first), so a rule can be skipped for a reply that
   * has none of them.
   */
  public Set<String> anchors() {
    Set<String> all = new java.util.HashSet<>();
    for (Entry<T> e : entries) {
      Set<String> required = e.pattern().requiredForms();
      if (required == null) {
        return null;
      }
      all.addAll(required);
    }
    return Set.copyOf(all);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public List<Entry<T>> entries() {
    return entries;
  }

  /** Every match, at most one per pattern and start token, in order of position. */
  public List<Hit<T>> findAll(AnalyzedText text) {
    return find(text, 0, text.size(), false);
  }

  /** Whether any pattern matches anywhere in {@code text}. */
  public boolean matchesAnywhere(AnalyzedText text) {
    return text != null && !entries.isEmpty() && !find(text, 0, text.size(), true).isEmpty();
  }

  /** Whether any pattern matches within sentence {@code sentence}. */
  public boolean matchesInSentence(AnalyzedText text, int sentence) {
    if (entries.isEmpty()) {
      return false;
    }
    int from = 0;
    while (from < text.size() && text.token(from).sentence() < sentence) {
      from++;
    }
    int to = from;
    while (to < text.size() && text.token(to).sentence() == sentence) {
      to++;
    }
    return !find(text, from, to, true).isEmpty();
  }

  /** Matches that overlap tokens {@code from..to}. */
  public List<Hit<T>> overlapping(AnalyzedText text, int from, int to) {
    List<Hit<T>> out = new ArrayList<>();
    if (entries.isEmpty()) {
      return out;
    }
    int sentence = text.token(from).sentence();
    int start = from;
    while (start > 0 && text.token(start - 1).sentence() == sentence) {
      start--;
    }
    for (Hit<T> h : find(text, start, to, false)) {
      if (h.match().from() < to && from < h.match().to()) {
        out.add(h);
      }
    }
    return out;
  }

  private List<Hit<T>> find(AnalyzedText text, int from, int to, boolean firstOnly) {
    List<Hit<T>> out = new ArrayList<>(0);
    if (from >= to) {
      return out;
    }
    boolean[] live = live(text, from, to);
    for (int i = from; i < to; i++) {
      List<Integer> candidates = byAnchor.get(text.token(i).folded());
      if (candidates != null && tryAll(text, i, candidates, live, out) && firstOnly) {
        return out;
      }
      if (tryAll(text, i, unanchored, live, out) && firstOnly) {
        return out;
      }
    }
    return out;
  }

  /** Tries the live patterns among {@code candidates} at token {@code i}; true if one matched. */
  private boolean tryAll(AnalyzedText text, int i, List<Integer> candidates, boolean[] live, List<Hit<T>> out) {
    boolean found = false;
    for (int k : candidates) {
      if (live[k]) {
        Match m = entries.get(k).pattern().matchAt(text, i);
        if (m != null) {
          out.add(new Hit<>(m, entries.get(k)));
          found = true;
        }
      }
    }
    return found;
  }

  /**
   * Which patterns can match at all in tokens {@code from..to}: those whose required word occurs
   * there or later in the same sentence (a match never crosses a sentence end).
   */
  private boolean[] live(AnalyzedText text, int from, int to) {
    boolean[] live = needsNoWord.clone();
    int end = to;
    int lastSentence = text.token(to - 1).sentence();
    while (end < text.size() && text.token(end).sentence() == lastSentence) {
      end++;
    }
    for (int i = from; i < end; i++) {
      List<Integer> ks = byRequired.get(text.token(i).folded());
      if (ks != null) {
        for (int k : ks) {
          live[k] = true;
        }
      }
    }
    return live;
  }
}
