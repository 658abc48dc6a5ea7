package dev.garbo.source;

import java.util.Arrays;

/** Where each line of one file starts, to turn char offsets into line:column. */
final class LineIndex {
  private final int[] starts;
  private final int lineCount;
  private final int length;
  private final boolean bom;

  private LineIndex(int[] starts, int lineCount, int length, boolean bom) {
    this.starts = starts;
    this.lineCount = lineCount;
    this.length = length;
    this.bom = bom;
  }

  static LineIndex of(String content) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(starts, count, content.length(), content.startsWith("\uFEFF"));
  }

  FilePosition position(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
    }
    int line = Arrays.binarySearch(starts, 0, lineCount, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int column = offset - starts[line] + 1;
    if (line == 0 && bom && offset > 0) {
      column--;
    }
    return new FilePosition(offset, line + 1, column);
  }
}
