package dev.garbo.lsp;

import dev.garbo.lsp.DocumentCheck.Analysis;
import dev.garbo.lsp.DocumentCheck.Reported;
import dev.garbo.source.SourceException;
import dev.garbo.source.SourceReply;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The edit that puts a suggestion in the place of a finding, in the document. The suggestion is
 * reply text; in a {@code .properties} value, a quoted YAML or JSON string or an HTML template it
 * may need escaping. Rather than guessing the quoting at the spot, each way of writing it is tried
 * and the edited document read again: the first one that yields exactly the fixed reply wins, and
 * when none does the fix is not offered (a broken file is worse than no quick fix).
 */
final class Rewording {
  /** Replace {@code [start, end)} of the document with {@code text}. */
  record Edit(int start, int end, String text) {}

  private Rewording() {}

  static Optional<Edit> edit(Analysis a, Reported r, String suggestion) {
    SourceReply reply = r.reply();
    String text = a.document().text();
    int start = r.start();
    int end = r.end();
    boolean verbatim = end - start == r.finding().end() - r.finding().start()
        && text.substring(start, end).equals(r.finding().text());
    String ext = extension(a.path());
    if (verbatim && (ext.equals("txt") || ext.equals("md") || ext.equals("markdown")) && !suggestion.contains("\n")) {
      return Optional.of(new Edit(start, end, suggestion)); // plain text: what you see is what is checked
    }
    String expected = reply.text().substring(0, r.finding().start()) + suggestion + reply.text().substring(r.finding().end());
    for (UnaryOperator<String> encoding : encodings(ext)) {
      String written = encoding.apply(suggestion);
      String edited = text.substring(0, start) + written + text.substring(end);
      if (readsAs(a, r, edited, expected)) {
        return Optional.of(new Edit(start, end, written));
      }
    }
    return Optional.empty();
  }

  private static boolean readsAs(Analysis a, Reported r, String edited, String expected) {
    List<SourceReply> again;
    try {
      again = a.reader().read(a.path(), edited);
    } catch (SourceException | RuntimeException e) {
      return false;
    }
    SourceReply before = r.reply();
    int occurrence = 0;
    for (int i = 0; i < r.replyIndex(); i++) {
      if (a.replies().get(i).key().equals(before.key())) {
        occurrence++;
      }
    }
    for (SourceReply s : again) {
      if (s.key().equals(before.key()) && occurrence-- == 0) {
        return s.text().equals(expected);
      }
    }
    return false;
  }

  /** Ways to write reply text into a file of this kind, most likely first. */
  private static List<UnaryOperator<String>> encodings(String ext) {
    Set<UnaryOperator<String>> out = new LinkedHashSet<>();
    out.add(s -> s);
    switch (ext) {
      case "properties" -> out.add(Rewording::properties);
      case "json" -> out.add(Rewording::doubleQuoted);
      case "yml", "yaml" -> {
        out.add(Rewording::doubleQuoted);
        out.add(s -> s.replace("'", "''"));
      }
      case "html", "htm", "mustache", "hbs", "handlebars", "ftl", "ftlh" -> out.add(Rewording::html);
      default -> { }
    }
    return new ArrayList<>(out);
  }

  private static String extension(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String doubleQuoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String properties(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
