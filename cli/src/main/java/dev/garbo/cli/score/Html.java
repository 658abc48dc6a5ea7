package dev.garbo.cli.score;

/** Escaping for text that came from an export and is going into the report. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** At most {@code max} characters, cut at a word and marked with an ellipsis. */
  static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max);
    return s.substring(0, cut > max / 2 ? cut : max) + "…";
  }

  /** An id safe for HTML anchors. */
  static String anchor(String prefix, String key) {
    StringBuilder b = new StringBuilder(prefix);
    for (char c : key.toCharArray()) {
      b.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
    }
    return b.toString();
  }
}
