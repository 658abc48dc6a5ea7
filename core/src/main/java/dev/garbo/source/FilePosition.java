package dev.garbo.source;

/**
 * A place in a source file.
 *
 * @param offset UTF-16 index into the file content as it was handed to the reader (a leading BOM
 *     counts)
 * @param line 1-based line; lines end at {@code \n}, {@code \r\n} or {@code \r}, as in LSP
 * @param column 1-based column in UTF-16 units, as in LSP and {@link dev.garbo.Finding}; a leading
 *     BOM is not counted, because editors do not show it
 */
public record FilePosition(int offset, int line, int column) {

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
