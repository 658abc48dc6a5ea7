package dev.garbo;

import java.util.List;
import java.util.Objects;

/**
 * One thing garbo has to say about a reply. Offsets are UTF-16 indices into the reply
 * ({@code end} exclusive); line and column are 1-based, the column counted in UTF-16 units like
 * the offsets (and like LSP).
 */
public record Finding(
    String rule,
    Category category,
    Severity severity,
    int start,
    int end,
    int line,
    int column,
    String text,
    String message,
    List<String> suggestions) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
