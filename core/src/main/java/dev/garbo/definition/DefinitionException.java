package dev.garbo.definition;

/**
 * A rule or configuration file that cannot be used. The message always starts with
 * {@code file:line:column:} so editors and terminals can jump to it.
 */
public final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  public DefinitionException(String file, int line, int column, String problem) {
    super(place(file, line, column) + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String place(String file, int line, int column) {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + Math.max(column, 1);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the place. */
  public String problem() {
    return problem;
  }
}
