package dev.garbo.pattern;

/** A pattern that cannot be compiled; the message says what was expected. */
public final class PatternSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PatternSyntaxException(String message) {
    super(message);
  }
}
