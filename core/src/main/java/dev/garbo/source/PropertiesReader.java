package dev.garbo.source;

import dev.garbo.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Java {@code .properties} bundles: every non-empty value is a reply, keyed by its property key.
 * Follows {@link java.util.Properties#load(java.io.Reader)}: comments ({@code #}, {@code !}),
 * {@code key=value} / {@code key: value} / {@code key value}, continuation lines (leading blanks of
 * the next line dropped) and escapes. Placeholders like {@code {0}} stay in the text. A repeated key
 * yields a reply per occurrence (every one of them is text someone wrote). The language comes from
 * the bundle suffix ({@code _it}, {@code _en_GB}). In a value with a {@code {0}} argument, which
 * {@link java.text.MessageFormat} formats, {@code ''} is read as the one apostrophe the customer sees.
 */
final class PropertiesReader implements ReplyReader {
  /** {@code {0}}, {@code {1,number}}: the value is a MessageFormat pattern. */
  private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\s*\\d+\\s*[,}]");

  private final Language fallback;

  PropertiesReader(Language fallback) {
    this.fallback = fallback;
  }

  @Override
  public List<SourceReply> read(String file, String content) throws SourceException {
    SourceText.rejectBinary(file, content);
    LineIndex lines = LineIndex.of(content);
    String s = SourceText.blankBom(content);
    Language language = FileNames.language(file).orElse(fallback);
    List<SourceReply> replies = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      TextBuilder logical = new TextBuilder(lines);
      i = readLogicalLine(s, i, logical);
      if (logical.length() > 0) {
        MappedText line = logical.build();
        int keyEnd = keyEnd(line.text());
        int valueStart = valueStart(line.text(), keyEnd);
        String key = unescape(file, line, 0, keyEnd, lines).text();
        MappedText value = messageFormatQuotes(unescape(file, line, valueStart, line.length(), lines), lines);
        if (!value.isBlank()) {
          replies.add(new SourceReply(file, key, value.text(), language, value.map()));
        }
      }
    }
    return replies;
  }

  /**
   * Collects one logical line (natural lines joined at an odd number of trailing backslashes) into
   * {@code out}, leaving it empty for blank and comment lines; returns where the next one starts.
   */
  private static int readLogicalLine(String s, int i, TextBuilder out) {
    int n = s.length();
    i = skipBlanks(s, i);
    if (i < n && (s.charAt(i) == '#' || s.charAt(i) == '!')) {
      while (i < n && !SourceText.isBreak(s.charAt(i))) {
        i++; // a comment never continues, whatever it ends with
      }
    }
    while (i < n) {
      int lineStart = out.length();
      while (i < n && !SourceText.isBreak(s.charAt(i))) {
        out.append(s.charAt(i), i);
        i++;
      }
      if (i < n) {
        i = SourceText.skipBreak(s, i);
      }
      int backslashes = 0;
      while (out.length() - backslashes > lineStart && out.charAt(out.length() - 1 - backslashes) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        break;
      }
      out.removeLast(); // the continuation backslash; at end of file it is simply dropped
      i = skipBlanks(s, i);
    }
    return i;
  }

  /**
   * "Non c''è problema, {0}" reaches the customer as "Non c'è problema, …" and is checked that way:
   * in a MessageFormat pattern {@code ''} is how an apostrophe is written. Values without arguments
   * stay as they are, because Spring and most bundles print them without MessageFormat. The kept
   * quote maps to the first of the two.
   */
  private static MappedText messageFormatQuotes(MappedText value, LineIndex lines) {
    String s = value.text();
    if (s.indexOf("''") < 0 || !ARGUMENT.matcher(s).find()) {
      return value;
    }
    TextBuilder out = new TextBuilder(lines);
    for (int i = 0; i < s.length(); i++) {
      out.append(s.charAt(i), value.fileOffset(i));
      if (s.charAt(i) == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
        i++;
      }
    }
    return out.build();
  }

  /** The key runs up to the first unescaped {@code =}, {@code :} or blank. */
  private static int keyEnd(String line) {
    boolean backslash = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!backslash && (c == '=' || c == ':' || isBlank(c))) {
        return i;
      }
      backslash = c == '\\' && !backslash;
    }
    return line.length();
  }

  /** The value starts after the blanks around at most one {@code =} or {@code :}. */
  private static int valueStart(String line, int i) {
    boolean separatorSeen = false;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '=' || c == ':') && !separatorSeen) {
        separatorSeen = true;
      } else if (!isBlank(c)) {
        break;
      }
    }
    return i;
  }

  /** Decodes escapes; a decoded char maps to its backslash. */
  private static MappedText unescape(String file, MappedText line, int from, int to, LineIndex lines)
      throws SourceException {
    TextBuilder out = new TextBuilder(lines);
    String s = line.text();
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      int at = line.fileOffset(i);
      if (c != '\\' || i + 1 >= to) {
        out.append(c, at);
        i++;
        continue;
      }
      char e = s.charAt(i + 1);
      if (e == 'u') {
        if (i + 6 > to || !s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
          FilePosition p = lines.position(at);
          throw new SourceException(file, p.line(), p.column(), "malformed \\uXXXX escape");
        }
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16), at);
        i += 6;
      } else {
        out.append(
            switch (e) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 'f' -> '\f';
              default -> e; // \\ \: \= \# \! and "\ " stand for themselves
            },
            at);
        i += 2;
      }
    }
    return out.build();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
