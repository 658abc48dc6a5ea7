package dev.garbo.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes template directives (Mustache/Handlebars sections, FreeMarker directives and comments)
 * and keeps placeholders ({@code {{name}}}, {@code ${name}}) verbatim: a placeholder stands for
 * words in the reply, a directive for none.
 *
 * <p>Like the engines themselves, a line holding nothing but directives and blanks disappears whole
 * (its line break too), so a section tag on its own line leaves no empty line behind. Elsewhere a
 * removed directive between two letters or digits becomes one space mapped to its start, so that
 * {@code Gentile<#if vip> cliente} and {@code caro{{/vip}}cliente} do not glue words together.
 */
final class Directives {
  private Directives() {}

  /**
   * {@code {{#x}} {{^x}} {{/x}} {{! c }} {{!-- c --}} {{> partial}} {{=<% %>=}} {{else}}}, with
   * Handlebars' {@code ~}. Custom delimiters set by {@code {{= =}}} are not followed.
   */
  static List<int[]> mustache(String s) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int open;
    while ((open = s.indexOf("{{", i)) >= 0) {
      if (s.startsWith("{{{", open)) { // {{{raw}}}: a placeholder
        int close = s.indexOf("}}}", open + 3);
        i = close < 0 ? s.length() : close + 3;
        continue;
      }
      int k = open + 2;
      while (k < s.length() && (s.charAt(k) == '~' || s.charAt(k) == ' ')) {
        k++;
      }
      int close = s.startsWith("!--", k) ? s.indexOf("--", k + 3) : k;
      close = close < 0 ? -1 : s.indexOf("}}", close);
      if (close < 0) {
        break; // unterminated: leave the rest as text
      }
      int end = close + 2;
      String inner = s.substring(k, close).replace("~", "").trim();
      boolean section = "#^/!>=*".indexOf(s.charAt(k)) >= 0;
      if (section || inner.equals("else") || inner.startsWith("else ")) {
        spans.add(new int[] {open, end});
      }
      i = end;
    }
    return spans;
  }

  /**
   * {@code <#if ...>}, {@code </#if>}, {@code <#list ...>}, {@code <@macro/>}, {@code </@macro>},
   * {@code <#-- comment -->}. The square-bracket syntax ({@code [#if]}) is not supported.
   */
  static List<int[]> freemarker(String s) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("<#--", i)) {
        int close = s.indexOf("-->", i + 4);
        int end = close < 0 ? s.length() : close + 3;
        spans.add(new int[] {i, end});
        i = end;
      } else if (s.startsWith("<#", i) || s.startsWith("</#", i) || s.startsWith("<@", i) || s.startsWith("</@", i)) {
        int end = tagEnd(s, i);
        spans.add(new int[] {i, end});
        i = end;
      } else if (s.startsWith("${", i) || s.startsWith("#{", i)) {
        i = tagEnd(s, i); // a placeholder, kept; skipped so a "<#" inside it is not a directive
      } else {
        i++;
      }
    }
    return spans;
  }

  /** End (exclusive) of a FreeMarker tag or interpolation: the first {@code >} or {@code }} outside quotes and brackets. */
  private static int tagEnd(String s, int start) {
    char quote = 0;
    int depth = 0;
    for (int i = start + 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if ((c == '>' || c == '}') && depth == 0) {
        return i + 1;
      }
    }
    return s.length();
  }

  static MappedText strip(MappedText in, List<int[]> spans) {
    String s = in.text();
    boolean[] removed = new boolean[s.length()];
    for (int[] span : spans) {
      for (int k = span[0]; k < span[1]; k++) {
        removed[k] = true;
      }
    }
    dropDirectiveOnlyLines(s, removed);
    TextBuilder out = new TextBuilder(in.map().lines());
    int gap = -1; // file offset of the directive just removed, if a space may be needed there
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (removed[k]) {
        if (gap < 0) {
          gap = in.fileOffset(k);
        }
        continue;
      }
      if (gap >= 0 && out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))
          && Character.isLetterOrDigit(c)) {
        out.append(' ', gap);
      }
      gap = -1;
      out.append(c, in.fileOffset(k));
    }
    return out.build();
  }

  /** Marks a line as removed, break included, when all it has left is blanks. */
  private static void dropDirectiveOnlyLines(String s, boolean[] removed) {
    int lineStart = 0;
    for (int k = 0; k <= s.length(); k++) {
      boolean lineEnds = k == s.length() || (SourceText.isBreak(s.charAt(k)) && !removed[k]);
      if (!lineEnds) {
        continue;
      }
      int next = k == s.length() ? k : SourceText.skipBreak(s, k);
      boolean hasDirective = false;
      boolean onlyBlanks = true;
      for (int j = lineStart; j < k; j++) {
        hasDirective |= removed[j];
        onlyBlanks &= removed[j] || s.charAt(j) == ' ' || s.charAt(j) == '\t';
      }
      if (hasDirective && onlyBlanks) {
        for (int j = lineStart; j < next; j++) {
          removed[j] = true;
        }
      }
      if (k == s.length()) {
        break;
      }
      lineStart = next;
      k = next - 1;
    }
  }
}
