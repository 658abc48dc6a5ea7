package dev.garbo.cli.score;

import java.util.Locale;
import java.util.Optional;

/** The transcript layouts {@code garbo score} reads. */
public enum Format {
  /** One JSON object per line. */
  JSONL,
  /** A header row naming the columns, then one turn per row. */
  CSV,
  /** {@code Agent:} / {@code Customer:} (or {@code Operatore:} / {@code Cliente:}) turns, a blank line between conversations. */
  TEXT;

  /** The format a file name says, ignoring a trailing {@code .gz}; empty when the name does not tell. */
  public static Optional<Format> fromName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv") || n.endsWith(".tsv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".log")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  /** Guesses from the first bytes of a file whose name does not tell: JSON starts with a brace. */
  static Format sniff(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i < length && head[i] == '{') {
      return JSONL;
    }
    int lineEnd = i;
    while (lineEnd < length && head[lineEnd] != '\n') {
      lineEnd++;
    }
    String first = new String(head, i, lineEnd - i, java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    // a header row names the text column among others
    if ((first.contains(",") || first.contains(";") || first.contains("\t")) && !first.contains(":")) {
      return CSV;
    }
    return TEXT;
  }
}
