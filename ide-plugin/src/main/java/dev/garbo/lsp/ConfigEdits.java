package dev.garbo.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text edits to a {@code .garbo.yaml} that keep everything else as the team wrote it
 * (comments, order, quoting): turn a rule off, accept a phrase. Applied by the editor, so the user
 * can undo them.
 */
final class ConfigEdits {
  /** Replace {@code [start, end)} of the file with {@code text}. */
  record Edit(int start, int end, String text) {}

  private static final Pattern COMMENT_OR_BLANK = Pattern.compile("\\s*(#.*)?");

  private ConfigEdits() {}

  /** Edits that set {@code rules: {id: off}}; empty if it already is. */
  static List<Edit> disableRule(String yaml, String id) {
    List<Line> lines = Line.split(yaml);
    int key = topLevelKey(lines, "rules");
    if (key < 0) {
      return List.of(append(yaml, "rules:\n  " + id + ": off\n"));
    }
    Line k = lines.get(key);
    String value = valueAfterKey(k);
    if (value.startsWith("{")) {
      return flowMapping(k, value, id);
    }
    if (!COMMENT_OR_BLANK.matcher(value).matches() && !value.matches("(null|~)\\s*(#.*)?")) {
      return List.of(); // not a mapping: leave a file we do not understand alone
    }
    if (value.matches("(null|~)\\s*(#.*)?")) {
      return List.of(new Edit(k.start + "rules:".length(), k.end, "\n  " + id + ": off"));
    }
    Pattern entry = Pattern.compile("(\\s+)([\"']?)" + Pattern.quote(id) + "\\2\\s*:(.*)");
    String indent = null;
    int i = key + 1;
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (COMMENT_OR_BLANK.matcher(l.text).matches()) {
        continue;
      }
      if (!Character.isWhitespace(l.text.charAt(0))) {
        break;
      }
      Matcher m = entry.matcher(l.text);
      if (m.matches()) {
        String v = m.group(3).replaceAll("#.*", "").trim().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("false") || v.equals("no") || v.equals("disabled")) {
          return List.of();
        }
        int valueStart = l.start + m.start(3);
        return List.of(new Edit(valueStart, l.end, " off"));
      }
      if (indent == null) {
        indent = l.text.substring(0, l.text.length() - l.text.stripLeading().length());
      }
    }
    return List.of(insertAfter(yaml, k, (indent == null ? "  " : indent) + id + ": off"));
  }

  /** Edits that add {@code phrase} to {@code accept:}; empty if it is there already. */
  static List<Edit> accept(String yaml, String phrase) {
    String quoted = quote(phrase);
    List<Line> lines = Line.split(yaml);
    int key = topLevelKey(lines, "accept");
    if (key < 0) {
      return List.of(append(yaml, "accept:\n  - " + quoted + "\n"));
    }
    Line k = lines.get(key);
    String value = valueAfterKey(k);
    if (value.startsWith("[")) {
      int close = k.text.lastIndexOf(']');
      if (close < 0) {
        return List.of(); // a flow sequence over several lines: not ours to reformat
      }
      int open = k.text.indexOf('[');
      String inner = k.text.substring(open + 1, close);
      if (items(inner).contains(normal(phrase))) {
        return List.of();
      }
      return List.of(new Edit(k.start + close, k.start + close, (inner.isBlank() ? "" : ", ") + quoted));
    }
    if (!COMMENT_OR_BLANK.matcher(value).matches()) {
      // one phrase written as a scalar: make it a list of two
      String existing = value.replaceAll("\\s+#.*", "").trim();
      if (normal(unquote(existing)).equals(normal(phrase))) {
        return List.of();
      }
      return List.of(new Edit(k.start + "accept:".length(), k.end, "\n  - " + existing + "\n  - " + quoted));
    }
    Line lastItem = null;
    String prefix = null;
    for (int i = key + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (COMMENT_OR_BLANK.matcher(l.text).matches()) {
        continue;
      }
      boolean item = l.text.stripLeading().startsWith("- ") || l.text.stripLeading().equals("-");
      if (!Character.isWhitespace(l.text.charAt(0)) && !item) {
        break;
      }
      if (item) {
        String rest = l.text.stripLeading().substring(1).replaceAll("\\s+#.*", "").trim();
        if (normal(unquote(rest)).equals(normal(phrase))) {
          return List.of();
        }
        if (prefix == null) {
          prefix = l.text.substring(0, l.text.indexOf('-')) + "- ";
        }
      }
      lastItem = l;
    }
    Line after = lastItem == null ? k : lastItem;
    return List.of(insertAfter(yaml, after, (prefix == null ? "  - " : prefix) + quoted));
  }

  /** The file a create-file edit should write when there is no {@code .garbo.yaml} yet. */
  static String newFile(List<Edit> edits) {
    StringBuilder b = new StringBuilder("# garbo: how replies in this workspace are coached (rules, accepted phrases, language, register)\n");
    for (Edit e : edits) {
      b.append(e.text());
    }
    return b.toString();
  }

  /** A YAML double-quoted scalar (JSON's escapes are valid YAML). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static String normal(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String> items(String flow) {
    List<String> out = new ArrayList<>();
    for (String part : flow.split(",")) {
      out.add(normal(unquote(part.trim())));
    }
    return out;
  }

  private static List<Edit> flowMapping(Line k, String value, String id) {
    int open = k.text.indexOf('{');
    int close = k.text.lastIndexOf('}');
    if (close < open) {
      return List.of();
    }
    String inner = k.text.substring(open + 1, close);
    Matcher m = Pattern.compile("([\"']?)" + Pattern.quote(id) + "\\1\\s*:\\s*([^,}]*)").matcher(inner);
    if (m.find()) {
      if (m.group(2).trim().equalsIgnoreCase("off")) {
        return List.of();
      }
      int at = k.start + open + 1;
      return List.of(new Edit(at + m.start(2), at + m.end(2), "off"));
    }
    String text = inner.isBlank() ? id + ": off" : id + ": off, ";
    return List.of(new Edit(k.start + open + 1, k.start + open + 1 + (inner.isBlank() ? inner.length() : 0), text));
  }

  private static String valueAfterKey(Line k) {
    return k.text.substring(k.text.indexOf(':') + 1).trim();
  }

  private static int topLevelKey(List<Line> lines, String key) {
    Pattern p = Pattern.compile("([\"']?)" + key + "\\1\\s*:(\\s.*)?");
    for (int i = 0; i < lines.size(); i++) {
      if (p.matcher(lines.get(i).text).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** A new line after {@code line}. */
  private static Edit insertAfter(String yaml, Line line, String text) {
    if (line.next > line.end) {
      return new Edit(line.next, line.next, text + lineBreak(yaml));
    }
    return new Edit(line.end, line.end, lineBreak(yaml) + text); // the last line, without a break
  }

  /** Adds a top-level key at the end of the file. */
  private static Edit append(String yaml, String block) {
    String nl = lineBreak(yaml);
    String text = block.replace("\n", nl);
    if (!yaml.isEmpty() && !yaml.endsWith("\n") && !yaml.endsWith("\r")) {
      text = nl + text;
    }
    return new Edit(yaml.length(), yaml.length(), text);
  }

  private static String lineBreak(String yaml) {
    return yaml.contains("\r\n") ? "\r\n" : "\n";
  }

  /** One line: where it starts, where its content ends, where the next one starts. */
  private record Line(String text, int start, int end, int next) {
    static List<Line> split(String s) {
      List<Line> out = new ArrayList<>();
      int i = 0;
      while (i < s.length()) {
        int e = i;
        while (e < s.length() && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
          e++;
        }
        int n = e;
        if (n < s.length()) {
          n += s.startsWith("\r\n", n) ? 2 : 1;
        }
        out.add(new Line(s.substring(i, e), i, e, n));
        i = n;
      }
      return out;
    }
  }
}
