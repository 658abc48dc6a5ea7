package dev.garbo.lsp;

import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.Language;
import dev.garbo.config.ConfigLoader;
import dev.garbo.source.ReplyReader;
import dev.garbo.source.SourceException;
import dev.garbo.source.SourceReaders;
import dev.garbo.source.SourceReply;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Checks one version of a document: the replies in it are found by the reader for its format (the
 * same readers the CLI and the Maven plugin use), each is checked, and each finding is placed back
 * in the document.
 */
final class DocumentCheck {
  /** Longer documents are not checked as you type: they are data, not a reply being written. */
  static final int MAX_CHARS = 2_000_000;
  /**
   * Longer replies are skipped as you type: nobody writes one, and a check's cost grows faster than
   * its length (a 200,000-char reply takes most of a second, 1,000,000 chars ten seconds and more).
   */
  static final int MAX_REPLY_CHARS = 100_000;

  /** Editors' language ids for files whose name does not say what they are (untitled buffers). */
  private static final Map<String, String> EXTENSION_BY_LANGUAGE = Map.ofEntries(
      Map.entry("plaintext", ".txt"), Map.entry("text", ".txt"), Map.entry("markdown", ".md"),
      Map.entry("properties", ".properties"), Map.entry("java-properties", ".properties"),
      Map.entry("jproperties", ".properties"),
      Map.entry("yaml", ".yaml"), Map.entry("json", ".json"), Map.entry("jsonc", ".json"),
      Map.entry("html", ".html"), Map.entry("handlebars", ".hbs"), Map.entry("mustache", ".mustache"),
      Map.entry("freemarker", ".ftl"), Map.entry("ftl", ".ftl"));

  private DocumentCheck() {}

  /** A finding placed in the document: {@code start}/{@code end} are offsets into the document. */
  record Reported(Finding finding, Language language, SourceReply reply, int replyIndex, int start, int end, Range range) {}

  /** Why the document has no findings although it was checked. */
  record Unreadable(String problem, Range range) {}

  /**
   * What garbo found in one version of a document.
   *
   * @param path the name the reader was chosen by (the file's path, or one made up from the language id)
   * @param failures the replies garbo failed on (a bug: each is reported, the other replies are still checked)
   */
  record Analysis(TextDocument document, Checkers checkers, String path, ReplyReader reader,
      List<SourceReply> replies, List<Reported> findings, Unreadable unreadable, List<RuntimeException> failures) {}

  /** The name to pick a reader by, or empty when garbo does not read this kind of document. */
  static Optional<String> readerPath(TextDocument doc, Checkers checkers) {
    String path = path(doc.uri());
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    if (name.equals(ConfigLoader.FILE_NAME)) {
      return Optional.empty(); // the configuration, not replies
    }
    if (SourceReaders.forPath(path, checkers.sources()).isPresent()) {
      return Optional.of(path);
    }
    String ext = EXTENSION_BY_LANGUAGE.get(doc.languageId().toLowerCase(Locale.ROOT));
    return ext == null ? Optional.empty() : Optional.of(path + ext);
  }

  /** The file path of a {@code file:} URI, else the URI's path (or the URI itself). */
  static String path(String uri) {
    try {
      URI u = URI.create(uri);
      if ("file".equalsIgnoreCase(u.getScheme())) {
        return Path.of(u).toString();
      }
      return u.getPath() != null && !u.getPath().isEmpty() ? u.getPath() : uri;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return uri;
    }
  }

  static Analysis check(TextDocument doc, Checkers checkers) {
    Optional<String> path = readerPath(doc, checkers);
    if (path.isEmpty()) {
      return new Analysis(doc, checkers, null, null, List.of(), List.of(), null, List.of());
    }
    ReplyReader reader = SourceReaders.forPath(path.get(), checkers.sources()).orElseThrow();
    if (doc.text().length() > MAX_CHARS) {
      Unreadable u = new Unreadable(String.format(Locale.ROOT,
          "garbo does not check documents this long in the editor (%,d characters; the limit is %,d): "
              + "use 'garbo check' on it instead", doc.text().length(), MAX_CHARS), doc.lines().range(0, 0));
      return new Analysis(doc, checkers, path.get(), reader, List.of(), List.of(), u, List.of());
    }
    List<SourceReply> replies;
    try {
      replies = reader.read(path.get(), doc.text());
    } catch (SourceException e) {
      Position at = new Position(Math.max(0, e.line() - 1), Math.max(0, e.column() - 1));
      Unreadable u = new Unreadable("garbo cannot read the replies in this file: " + e.problem(), new Range(at, at));
      return new Analysis(doc, checkers, path.get(), reader, List.of(), List.of(), u, List.of());
    }
    Checker checker = checkers.current();
    List<Reported> out = new ArrayList<>();
    List<RuntimeException> failures = new ArrayList<>(0);
    Unreadable skipped = null;
    for (int i = 0; i < replies.size(); i++) {
      SourceReply reply = replies.get(i);
      if (reply.text().length() > MAX_REPLY_CHARS) {
        if (skipped == null) {
          int at = reply.position(0).offset();
          skipped = new Unreadable(String.format(Locale.ROOT, "garbo does not check replies this long as you type (%,d "
              + "characters; the limit is %,d): cut the file into paragraphs (setting text.replyPer or markdown.replyPer:"
              + " paragraph) or use 'garbo check' on it", reply.text().length(), MAX_REPLY_CHARS), doc.lines().range(at, at));
        }
        continue;
      }
      CheckResult result;
      try {
        result = checker.check(reply.text(), null, reply.language());
      } catch (RuntimeException e) {
        failures.add(e);
        continue;
      }
      for (Finding f : result.findings()) {
        int start = reply.position(f.start()).offset();
        int end = f.end() == f.start() ? start : end(reply, doc.text(), f.end());
        out.add(new Reported(f, result.language(), reply, i, start, end, doc.lines().range(start, end)));
      }
    }
    return new Analysis(doc, checkers, path.get(), reader, replies, List.copyOf(out), skipped, List.copyOf(failures));
  }

  /**
   * Where the char before {@code end} (exclusive, in the reply) ends in the document. Usually the next
   * char of the reply follows on; where it does not, the last char may be an escape (a Unicode escape,
   * {@code \t}, {@code &amp;}) that spans several chars of the file, or be followed by markup or a
   * line continuation, which the span should not take in.
   */
  static int end(SourceReply reply, String file, int end) {
    int last = reply.position(end - 1).offset();
    int next = reply.position(end).offset();
    if (next == last + 1) {
      return next;
    }
    char c = last < file.length() ? file.charAt(last) : ' ';
    if (c == '\\' && last + 1 < file.length()) {
      return Math.min(file.length(), last + (file.charAt(last + 1) == 'u' ? 6 : 2));
    }
    if (c == '&') {
      int semi = file.indexOf(';', last);
      if (semi > last && semi - last <= 10) {
        return semi + 1;
      }
    }
    return last + 1;
  }
}
