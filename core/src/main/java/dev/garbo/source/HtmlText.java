package dev.garbo.source;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text a reader of an HTML page or e-mail sees: tags, comments, declarations and the contents
 * of {@code <script>}/{@code <style>} dropped, entities decoded (a decoded char maps to its
 * {@code &}), whitespace collapsed to one space (mapped to the first blank) as a browser does,
 * block tags ({@code <p> <br> <li> <div> <h1>}...) turned into a newline and table cells into a
 * space so words in different blocks do not glue. Inline tags ({@code <b>}, {@code <a>}) add
 * nothing, as in a browser: {@code <b>N</b>essun} reads "Nessun". Attribute text ({@code alt},
 * {@code title}) is not extracted, and {@code <pre>} is collapsed like everything else.
 */
final class HtmlText {
  private static final Set<String> BLOCK =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "div",
          "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
          "head", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section",
          "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul");
  private static final Set<String> CELL = Set.of("td", "th", "img");
  private static final Set<String> RAW = Set.of("script", "style");
  private static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile("(?i)<!doctype\\s+html|</[a-z][a-z0-9]*\\s*>|<br\\s*/?>");

  /** Named entities an Italian or English e-mail uses; capitalised accents are derived ({@code &Egrave;}). */
  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
          Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("shy", "\u00AD"),
          Map.entry("agrave", "à"), Map.entry("aacute", "á"), Map.entry("acirc", "â"), Map.entry("auml", "ä"),
          Map.entry("egrave", "è"), Map.entry("eacute", "é"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
          Map.entry("igrave", "ì"), Map.entry("iacute", "í"), Map.entry("icirc", "î"), Map.entry("iuml", "ï"),
          Map.entry("ograve", "ò"), Map.entry("oacute", "ó"), Map.entry("ocirc", "ô"), Map.entry("ouml", "ö"),
          Map.entry("ugrave", "ù"), Map.entry("uacute", "ú"), Map.entry("ucirc", "û"), Map.entry("uuml", "ü"),
          Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"), Map.entry("szlig", "ß"),
          Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
          Map.entry("hellip", "\u2026"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
          Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("copy", "©"), Map.entry("reg", "®"),
          Map.entry("trade", "™"), Map.entry("deg", "°"), Map.entry("middot", "·"), Map.entry("bull", "•"),
          Map.entry("times", "×"), Map.entry("sect", "§"));

  private final MappedText in;
  private final String s;
  private final TextBuilder out;
  private int pending; // 0 nothing, 1 space, 2 newline: the separator owed before the next char
  private int pendingAt;

  private HtmlText(MappedText in) {
    this.in = in;
    this.s = in.text();
    this.out = new TextBuilder(in.map().lines());
  }

  static boolean looksLikeHtml(String text) {
    return LOOKS_LIKE_HTML.matcher(text).find();
  }

  static MappedText extract(MappedText in) {
    return new HtmlText(in).run();
  }

  private MappedText run() {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '<') {
        int end = markup(i);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (c == '&') {
        i = entity(i);
      } else if (Character.isWhitespace(c)) {
        owe(1, i);
        i++;
      } else {
        emit(c, i++);
      }
    }
    return out.build();
  }

  /** Skips the comment, declaration or tag at i, noting the separator it implies; i if it is a plain '<'. */
  private int markup(int i) {
    if (s.startsWith("<!--", i)) {
      int close = s.indexOf("-->", i + 4);
      return close < 0 ? s.length() : close + 3;
    }
    boolean closing = i + 1 < s.length() && s.charAt(i + 1) == '/';
    int nameStart = i + (closing ? 2 : 1);
    if (nameStart < s.length() && (s.charAt(nameStart) == '!' || s.charAt(nameStart) == '?')) {
      return tagEnd(nameStart);
    }
    int nameEnd = nameStart;
    while (nameEnd < s.length() && (Character.isLetterOrDigit(s.charAt(nameEnd)) || s.charAt(nameEnd) == '-')) {
      nameEnd++;
    }
    if (nameEnd == nameStart || !Character.isLetter(s.charAt(nameStart))) {
      return i; // "a < b": text
    }
    String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
    int end = tagEnd(nameEnd);
    if (BLOCK.contains(name)) {
      owe(2, i);
    } else if (CELL.contains(name)) {
      owe(1, i);
    }
    if (!closing && RAW.contains(name)) {
      int close = end;
      while (close < s.length() && !s.regionMatches(true, close, "</" + name, 0, name.length() + 2)) {
        close++;
      }
      end = tagEnd(close);
    }
    return end;
  }

  /** Index after the '>' closing the tag, skipping quoted attribute values. */
  private int tagEnd(int from) {
    char quote = 0;
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
    }
    return s.length();
  }

  /** Decodes the entity at i (kept as text if unknown); returns the index after it. */
  private int entity(int i) {
    int semi = i + 1;
    while (semi < s.length() && semi - i <= 12 && s.charAt(semi) != ';') {
      semi++; // entity names are short: a bare '&' does not send us searching the whole page
    }
    if (semi < s.length() && s.charAt(semi) == ';' && semi > i + 1) {
      String name = s.substring(i + 1, semi);
      String decoded = null;
      try {
        if (name.matches("#[0-9]+")) {
          decoded = Character.toString(Integer.parseInt(name.substring(1)));
        } else if (name.matches("#[xX][0-9a-fA-F]+")) {
          decoded = Character.toString(Integer.parseInt(name.substring(2), 16));
        } else {
          decoded = named(name);
        }
      } catch (IllegalArgumentException tooBig) {
        decoded = null;
      }
      if (decoded != null) {
        for (int k = 0; k < decoded.length(); k++) {
          emit(decoded.charAt(k), i);
        }
        return semi + 1;
      }
    }
    emit('&', i);
    return i + 1;
  }

  private static String named(String name) {
    String decoded = ENTITIES.get(name);
    if (decoded == null && Character.isUpperCase(name.charAt(0))) {
      String lower = ENTITIES.get(Character.toLowerCase(name.charAt(0)) + name.substring(1));
      decoded = lower != null && lower.length() == 1 && Character.isLetter(lower.charAt(0)) ? lower.toUpperCase(Locale.ROOT) : null;
    }
    return decoded;
  }

  private void owe(int separator, int at) {
    if (separator > pending) {
      pending = separator;
      pendingAt = in.fileOffset(at);
    }
  }

  /** Appends a char of text, after the separator owed, unless nothing has been written yet. */
  private void emit(char c, int at) {
    if (pending > 0 && out.length() > 0) {
      out.append(pending == 2 ? '\n' : ' ', pendingAt);
    }
    pending = 0;
    out.append(c, in.fileOffset(at));
  }
}
