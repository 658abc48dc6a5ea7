package dev.garbo.pattern;

import dev.garbo.analysis.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Patterns indexed by the literal their first token must be, so a reply is scanned once and a
 * pattern is only tried where its first word occurs. Each pattern carries a payload (its
 * suggestions, say).
 */
public final class PatternSet<T> {

  /** A pattern and what it stands for. */
  public record Entry<T>(Pattern pattern, T payload) {}

  /** A match and the entry that made it. */
  public record Hit<T>(Match match, Entry<T> entry) {}

  private final List<Entry<T>> entries;
  private final Map<String, List<Entry<T>>> byAnchor = new HashMap<>();
  private final List<Entry<T>> unanchored = new ArrayList<>();

  public PatternSet(List<Entry<T>> entries) {
    this.entries = List.copyOf(entries);
    for (Entry<T> e : this.entries) {
      Set<String> anchors = e.pattern().anchors();
      if (anchors == null) {
        unanchored.add(e);
      } else {
        for (String a : anchors) {
          byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
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

  /** Words one of which must occur for any pattern to match, or {@code null} if some pattern can start anywhere. */
  public Set<String> anchors() {
    return unanchored.isEmpty() ? Set.copyOf(byAnchor.keySet()) : null;
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
    for (int i = from; i < to; i++) {
      List<Entry<T>> candidates = byAnchor.get(text.token(i).folded());
      if (candidates != null) {
        for (Entry<T> e : candidates) {
          Match m = e.pattern().matchAt(text, i);
          if (m != null) {
            out.add(new Hit<>(m, e));
            if (firstOnly) {
              return out;
            }
          }
        }
      }
      for (Entry<T> e : unanchored) {
        Match m = e.pattern().matchAt(text, i);
        if (m != null) {
          out.add(new Hit<>(m, e));
          if (firstOnly) {
            return out;
          }
        }
      }
    }
    return out;
  }
}
