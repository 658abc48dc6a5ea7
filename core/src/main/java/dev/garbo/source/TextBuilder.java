package dev.garbo.source;

import java.util.Arrays;

/**
 * Builds extracted text char by char together with its {@link PositionMap}: a char whose file
 * offset follows on from the previous one extends the current run, any other starts a new run.
 */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private final LineIndex lines;
  private int[] textStarts = new int[8];
  private int[] fileStarts = new int[8];
  private int runs;

  TextBuilder(LineIndex lines) {
    this.lines = lines;
  }

  TextBuilder append(char c, int fileOffset) {
    int last = runs - 1;
    if (runs == 0 || fileStarts[last] + (text.length() - textStarts[last]) != fileOffset) {
      if (runs == textStarts.length) {
        textStarts = Arrays.copyOf(textStarts, runs * 2);
        fileStarts = Arrays.copyOf(fileStarts, runs * 2);
      }
      textStarts[runs] = text.length();
      fileStarts[runs] = fileOffset;
      runs++;
    }
    text.append(c);
    return this;
  }

  /** Appends a code point (a surrogate pair maps both halves to the same file offset). */
  TextBuilder appendCodePoint(int cp, int fileOffset) {
    for (char c : Character.toChars(cp)) {
      append(c, fileOffset);
    }
    return this;
  }

  void removeLast() {
    text.setLength(text.length() - 1);
    if (textStarts[runs - 1] == text.length()) {
      runs--;
    }
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  MappedText build() {
    return new MappedText(
        text.toString(),
        new PositionMap(
            Arrays.copyOf(textStarts, runs), Arrays.copyOf(fileStarts, runs), runs, text.length(), lines));
  }
}
