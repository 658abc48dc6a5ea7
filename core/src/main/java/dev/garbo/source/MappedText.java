package dev.garbo.source;

/** Text on its way out of a reader, with where each char came from in the file. */
record MappedText(String text, PositionMap map) {

  /** The whole file, unchanged. */
  static MappedText identity(String content, LineIndex lines) {
    return new MappedText(content, new PositionMap(new int[] {0}, new int[] {0}, 1, content.length(), lines));
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  int fileOffset(int i) {
    return map.fileOffset(i);
  }

  /** Drops leading and trailing blanks, keeping the mapping of what is left. */
  MappedText trim() {
    int from = 0;
    int to = text.length();
    while (from < to && SourceText.isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && SourceText.isBlank(text.charAt(to - 1))) {
      to--;
    }
    if (from == 0 && to == text.length()) {
      return this;
    }
    TextBuilder out = new TextBuilder(map.lines());
    for (int i = from; i < to; i++) {
      out.append(text.charAt(i), fileOffset(i));
    }
    return out.build();
  }

  boolean isBlank() {
    for (int i = 0; i < text.length(); i++) {
      if (!SourceText.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
