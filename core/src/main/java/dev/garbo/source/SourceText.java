package dev.garbo.source;

/** Checks and char classes every reader shares. */
final class SourceText {
  private SourceText() {}

  /** Text files have no NUL chars; anything with one is an image, an archive or UTF-16 read as UTF-8. */
  static void rejectBinary(String file, String content) throws SourceException {
    if (content.indexOf('\0') >= 0) {
      throw new SourceException(file, 1, 1, "binary file (contains NUL characters), not text");
    }
  }

  /** The content with a leading BOM turned into a space, same length, so offsets still hold. */
  static String blankBom(String content) {
    return content.startsWith("\uFEFF") ? " " + content.substring(1) : content;
  }

  /** Whitespace, no-break space and BOM: nothing a reader should start or end a reply with. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
  }

  static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Index after the line break at {@code i} ({@code \r\n} counts as one). */
  static int skipBreak(String s, int i) {
    if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
      return i + 2;
    }
    return i + 1;
  }
}
