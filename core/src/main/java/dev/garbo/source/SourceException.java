package dev.garbo.source;

/** A file garbo cannot read replies from; the message reads {@code file:line:col: what is wrong}. */
public final class SourceException extends Exception {
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  public SourceException(String file, int line, int column, String problem) {
    this(file, line, column, problem, null);
  }

  public SourceException(String file, int line, int column, String problem, Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  /** 1-based. */
  public int line() {
    return line;
  }

  /** 1-based. */
  public int column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
