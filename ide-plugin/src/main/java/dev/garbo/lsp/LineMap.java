package dev.garbo.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between char offsets and LSP positions (0-based line, UTF-16 character) for one text.
 * Lines end at {@code \n}, {@code \r\n} or {@code \r}, as LSP says.
 */
final class LineMap {
  private final String text;
  private final int[] starts;
  private final int lines;

  private LineMap(String text, int[] starts, int lines) {
    this.text = text;
    this.starts = starts;
    this.lines = lines;
  }

  static LineMap of(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineMap(text, starts, count);
  }

  int lineCount() {
    return lines;
  }

  /** The offset of a position; positions past the end of a line or of the text are clamped, as LSP asks. */
  int offset(Position p) {
    if (p.getLine() < 0) {
      return 0;
    }
    if (p.getLine() >= lines) {
      return text.length();
    }
    int start = starts[p.getLine()];
    int end = lineEnd(p.getLine());
    return Math.min(start + Math.max(0, p.getCharacter()), end);
  }

  /** End of a line's content, before its line break. */
  private int lineEnd(int line) {
    if (line + 1 >= lines) {
      return text.length();
    }
    int end = starts[line + 1] - 1; // the \n, or a lone \r
    if (text.charAt(end) == '\n' && end > starts[line] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  Position position(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int line = Arrays.binarySearch(starts, 0, lines, o);
    if (line < 0) {
      line = -line - 2;
    }
    return new Position(line, o - starts[line]);
  }

  Range range(int start, int end) {
    return new Range(position(start), position(end));
  }
}
