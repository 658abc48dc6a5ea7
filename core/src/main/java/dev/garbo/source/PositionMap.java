package dev.garbo.source;

import java.util.Arrays;

/**
 * Maps offsets in an extracted reply back to the file it came from.
 *
 * <p>Extracted text is mostly verbatim stretches of the file, broken only where an escape was
 * decoded, a line was joined or markup was dropped, so the map stores runs: run {@code k} covers
 * text offsets {@code textStarts[k]} up to the next run, and maps them one to one onto the file
 * from {@code fileStarts[k]}. A decoded escape is a run of one char mapped to its backslash (or
 * ampersand).
 */
public final class PositionMap {
  private final int[] textStarts;
  private final int[] fileStarts;
  private final int runs;
  private final int length;
  private final LineIndex lines;

  PositionMap(int[] textStarts, int[] fileStarts, int runs, int length, LineIndex lines) {
    this.textStarts = textStarts;
    this.fileStarts = fileStarts;
    this.runs = runs;
    this.length = length;
    this.lines = lines;
  }

  /** Length of the text this map is for. */
  public int length() {
    return length;
  }

  /**
   * File offset of the char at {@code textOffset}; {@code textOffset == length()} (an exclusive
   * end) maps just past the last char.
   */
  public int fileOffset(int textOffset) {
    if (textOffset < 0 || textOffset > length) {
      throw new IndexOutOfBoundsException("offset " + textOffset + " outside 0.." + length);
    }
    if (runs == 0) {
      return 0;
    }
    if (textOffset == length) {
      return fileStarts[runs - 1] + (length - textStarts[runs - 1]);
    }
    int run = Arrays.binarySearch(textStarts, 0, runs, textOffset);
    if (run < 0) {
      run = -run - 2;
    }
    return fileStarts[run] + (textOffset - textStarts[run]);
  }

  /** Line and column in the file of the char at {@code textOffset} (see {@link #fileOffset}). */
  public FilePosition position(int textOffset) {
    return lines.position(fileOffset(textOffset));
  }

  LineIndex lines() {
    return lines;
  }
}
