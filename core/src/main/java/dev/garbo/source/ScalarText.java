package dev.garbo.source;

import java.util.Arrays;

/**
 * Maps the chars of one YAML or JSON scalar back to the file by reading its source the way
 * SnakeYAML does (escapes, quote doubling, line folding, block indentation and chomping), starting
 * from the token location the parser reported.
 *
 * <p>The result is checked against the value the parser produced; if they differ (an exotic case
 * such as an explicit block indentation indicator no retry explains, or NEL/LS/PS line breaks)
 * every char is pinned to the start of the scalar: imprecise, never wrong about which scalar.
 */
final class ScalarText {
  private final String s;
  private final TextBuilder out;
  private int i;
  private int column; // block scalars only: column of i on its line

  private ScalarText(String s, int start, LineIndex lines) {
    this.s = s;
    this.i = start;
    this.out = new TextBuilder(lines);
  }

  static MappedText map(String content, int start, String value, LineIndex lines, boolean yaml) {
    int at = yaml ? skipProperties(content, start) : start;
    char first = at < content.length() ? content.charAt(at) : '\0';
    if (first == '|' || first == '>') {
      // auto-detected indentation first; an explicit indicator is relative to the parent, which we
      // do not track, so try the other possible indentations until one reproduces the value
      for (int indent = 0; indent < 40; indent++) {
        MappedText m = new ScalarText(content, at, lines).block(indent);
        if (m != null && m.text().equals(value)) {
          return m;
        }
      }
    } else {
      ScalarText t = new ScalarText(content, at, lines);
      MappedText m =
          switch (first) {
            case '"' -> t.doubleQuoted();
            case '\'' -> yaml ? t.singleQuoted() : null;
            default -> yaml ? t.plain(value.length()) : null;
          };
      if (m != null && m.text().equals(value)) {
        return m;
      }
    }
    TextBuilder pinned = new TextBuilder(lines);
    for (int k = 0; k < value.length(); k++) {
      pinned.append(value.charAt(k), at);
    }
    return pinned.build();
  }

  /** Skips an anchor ({@code &a}) and tag ({@code !!str}), which YAML token locations include. */
  private static int skipProperties(String s, int i) {
    while (i < s.length() && (s.charAt(i) == '&' || s.charAt(i) == '!')) {
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private MappedText plain(int length) {
    while (out.length() < length && i < s.length()) {
      char c = s.charAt(i);
      if (isSpace(c) || SourceText.isBreak(c)) {
        fold();
      } else {
        out.append(c, i++);
      }
    }
    return out.build();
  }

  private MappedText singleQuoted() {
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          out.append('\'', i);
          i += 2;
          continue;
        }
        return out.build();
      }
      if (isSpace(c) || SourceText.isBreak(c)) {
        fold();
      } else {
        out.append(c, i++);
      }
    }
    return null;
  }

  /** YAML double-quoted scalars; JSON strings are a subset (same escapes, no line breaks). */
  private MappedText doubleQuoted() {
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return out.build();
      }
      if (c == '\\') {
        if (!escape()) {
          return null;
        }
      } else if (isSpace(c) || SourceText.isBreak(c)) {
        fold();
      } else {
        out.append(c, i++);
      }
    }
    return null;
  }

  /** Decodes the escape at i, mapping its result to the backslash. */
  private boolean escape() {
    int at = i;
    if (i + 1 >= s.length()) {
      return false;
    }
    char e = s.charAt(i + 1);
    if (SourceText.isBreak(e)) { // escaped line break: the lines join without a space
      i = SourceText.skipBreak(s, i + 1);
      emptyLines();
      return true;
    }
    int hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (hex > 0) {
      if (i + 2 + hex > s.length()) {
        return false;
      }
      try {
        out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + hex), 16), at);
      } catch (IllegalArgumentException bad) {
        return false;
      }
      i += 2 + hex;
      return true;
    }
    String from = "0abt\tnvfre \"/\\N_LP";
    String to = "\0\u0007\b\t\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0\u2028\u2029";
    int k = from.indexOf(e);
    if (k < 0) {
      return false;
    }
    out.append(to.charAt(k), at);
    i += 2;
    return true;
  }

  /**
   * Flow folding at a run of blanks: kept as is inside a line; before a line break the blanks go,
   * one break becomes a space (mapped to the break) and each further empty line a newline.
   */
  private void fold() {
    int blanks = i;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    if (i >= s.length() || !SourceText.isBreak(s.charAt(i))) {
      for (int k = blanks; k < i; k++) {
        out.append(s.charAt(k), k);
      }
      return;
    }
    int firstBreak = i;
    i = SourceText.skipBreak(s, i);
    if (!emptyLines()) {
      out.append(' ', firstBreak);
    }
  }

  /** Skips leading blanks of following lines, appending a newline per empty line; true if any. */
  private boolean emptyLines() {
    boolean any = false;
    while (true) {
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= s.length() || !SourceText.isBreak(s.charAt(i))) {
        return any;
      }
      out.append('\n', i);
      i = SourceText.skipBreak(s, i);
      any = true;
    }
  }

  /**
   * Literal ({@code |}) and folded ({@code >}) block scalars, after SnakeYAML's scanBlockScalar.
   * Content chars map exactly; a break kept or folded into a space maps to the break.
   *
   * @param forcedIndent the content indentation, or 0 to detect it from the first non-empty line
   */
  private MappedText block(int forcedIndent) {
    boolean folded = s.charAt(i++) == '>';
    int chomp = 0; // -1 strip, 0 clip, +1 keep
    while (i < s.length() && "+-0123456789".indexOf(s.charAt(i)) >= 0) {
      chomp = s.charAt(i) == '+' ? 1 : s.charAt(i) == '-' ? -1 : chomp;
      i++;
    }
    while (i < s.length() && !SourceText.isBreak(s.charAt(i))) {
      i++; // blanks and a comment after the header
    }
    if (i >= s.length()) {
      return out.build();
    }
    i = SourceText.skipBreak(s, i);
    int indent = forcedIndent > 0 ? forcedIndent : detectIndent();
    if (indent == 0) {
      return forcedIndent == 0 ? out.build() : null;
    }
    int[] breaks = blockBreaks(indent);
    int lineBreak = -1;
    while (column == indent && i < s.length()) {
      for (int b : breaks) {
        out.append('\n', b);
      }
      boolean leadingNonSpace = !isSpace(s.charAt(i));
      while (i < s.length() && !SourceText.isBreak(s.charAt(i))) {
        out.append(s.charAt(i), i++);
      }
      lineBreak = i < s.length() ? i : -1;
      if (lineBreak >= 0) {
        i = SourceText.skipBreak(s, i);
      }
      column = 0;
      breaks = blockBreaks(indent);
      if (column != indent || i >= s.length()) {
        break;
      }
      if (folded && leadingNonSpace && !isSpace(s.charAt(i))) {
        if (breaks.length == 0) {
          out.append(' ', lineBreak);
        }
      } else {
        out.append('\n', lineBreak);
      }
    }
    if (chomp >= 0 && lineBreak >= 0) {
      out.append('\n', lineBreak);
    }
    if (chomp > 0) {
      for (int b : breaks) {
        out.append('\n', b);
      }
    }
    return out.build();
  }

  /** Indentation of the first non-empty line from i; 0 if there is none. */
  private int detectIndent() {
    int k = i;
    while (k < s.length()) {
      int lineStart = k;
      while (k < s.length() && s.charAt(k) == ' ') {
        k++;
      }
      if (k >= s.length() || !SourceText.isBreak(s.charAt(k))) {
        return k < s.length() ? k - lineStart : 0;
      }
      k = SourceText.skipBreak(s, k);
    }
    return 0;
  }

  /** Eats indentation and empty lines; returns the positions of the empty lines' breaks. */
  private int[] blockBreaks(int indent) {
    int[] breaks = new int[0];
    while (column < indent && i < s.length() && s.charAt(i) == ' ') {
      i++;
      column++;
    }
    while (i < s.length() && SourceText.isBreak(s.charAt(i))) {
      breaks = Arrays.copyOf(breaks, breaks.length + 1);
      breaks[breaks.length - 1] = i;
      i = SourceText.skipBreak(s, i);
      column = 0;
      while (column < indent && i < s.length() && s.charAt(i) == ' ') {
        i++;
        column++;
      }
    }
    return breaks;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
