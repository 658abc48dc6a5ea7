package dev.garbo.source;

import dev.garbo.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: the whole file as one reply (key {@code ""}) or one reply per paragraph (key {@code
 * "paragraph N"}), see {@link MarkdownMode}. Fenced code blocks are left out in both modes, since
 * code is not prose; an unclosed fence runs to the end of the file. Markdown markup ({@code #},
 * {@code **}, links) stays in the text verbatim.
 *
 * <p>Also cuts plain text into paragraphs, with the Markdown syntax (fences, headings) turned off.
 */
final class MarkdownReader implements ReplyReader {
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
  private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(\\s.*)?");

  private final MarkdownMode mode;
  private final Language fallback;
  private final boolean markdown;

  MarkdownReader(MarkdownMode mode, Language fallback) {
    this(mode, fallback, true);
  }

  /** @param markdown false for plain text: no code fences, no headings, only blank lines cut */
  MarkdownReader(MarkdownMode mode, Language fallback, boolean markdown) {
    this.mode = mode;
    this.fallback = fallback;
    this.markdown = markdown;
  }

  @Override
  public List<SourceReply> read(String file, String content) throws SourceException {
    SourceText.rejectBinary(file, content);
    boolean paragraphs = mode == MarkdownMode.PARAGRAPH;
    Paragraphs out =
        new Paragraphs(file, LineIndex.of(content), FileNames.language(file).orElse(fallback), paragraphs);
    String fence = null; // the opening fence while inside a code block
    for (int start = 0; start < content.length(); ) {
      int end = start;
      while (end < content.length() && !SourceText.isBreak(content.charAt(end))) {
        end++;
      }
      int next = end < content.length() ? SourceText.skipBreak(content, end) : end;
      String line = content.substring(start, end);
      Matcher fenceMatch = FENCE.matcher(markdown ? line : "");
      if (fence != null) {
        if (closes(fence, line)) {
          fence = null;
        }
      } else if (fenceMatch.matches() && !(fenceMatch.group(1).charAt(0) == '`' && line.substring(fenceMatch.end(1)).contains("`"))) {
        fence = fenceMatch.group(1);
        if (paragraphs) {
          out.flush();
        }
      } else if (paragraphs && line.isBlank()) {
        out.flush();
      } else if (paragraphs && markdown && HEADING.matcher(line).matches()) {
        out.flush();
        out.add(content, start, next);
        out.flush();
      } else {
        out.add(content, start, next);
      }
      start = next;
    }
    out.flush();
    return out.replies;
  }

  /** A closing fence: the opening fence's char, at least as many, nothing else. */
  private static boolean closes(String fence, String line) {
    String t = line.strip();
    return t.startsWith(fence) && t.chars().allMatch(c -> c == fence.charAt(0));
  }

  /** Collects lines into the current reply and turns it into a {@link SourceReply} on flush. */
  private static final class Paragraphs {
    final List<SourceReply> replies = new ArrayList<>();
    private final String file;
    private final LineIndex lines;
    private final Language language;
    private final boolean numbered;
    private TextBuilder current;
    private int count;

    Paragraphs(String file, LineIndex lines, Language language, boolean numbered) {
      this.file = file;
      this.lines = lines;
      this.language = language;
      this.numbered = numbered;
      this.current = new TextBuilder(lines);
    }

    void add(String content, int from, int to) {
      for (int k = from; k < to; k++) {
        current.append(content.charAt(k), k);
      }
    }

    void flush() {
      MappedText text = current.build().trim();
      current = new TextBuilder(lines);
      if (!text.isBlank()) {
        count++;
        String key = numbered ? "paragraph " + count : "";
        replies.add(new SourceReply(file, key, text.text(), language, text.map()));
      }
    }
  }
}
