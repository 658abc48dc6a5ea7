package dev.garbo.pattern;

import dev.garbo.analysis.AnalyzedText;

/**
 * Where a pattern matched, in token indices ({@code to} exclusive). {@code markFrom..markTo} is the
 * span to report (the whole match unless the pattern marks one with {@code < >}). Groups are the
 * pattern's elements in source order, for suggestion templates ({@code $1}, {@code $2} …); an
 * element that matched nothing has {@code groupFrom == groupTo}.
 */
public record Match(int from, int to, int markFrom, int markTo, int[] groupFrom, int[] groupTo) {

  public int start(AnalyzedText text) {
    return text.token(markFrom).start();
  }

  public int end(AnalyzedText text) {
    return text.token(markTo - 1).end();
  }

  public boolean overlaps(Match other) {
    return from < other.to && other.from < to;
  }

  /** The text of group {@code g} (1-based), or "" when it matched nothing. */
  public String group(AnalyzedText text, int g) {
    if (g == 0) {
      return text.text().substring(start(text), end(text));
    }
    if (g < 1 || g > groupFrom.length || groupFrom[g - 1] >= groupTo[g - 1]) {
      return "";
    }
    return text.text().substring(text.token(groupFrom[g - 1]).start(), text.token(groupTo[g - 1] - 1).end());
  }
}
