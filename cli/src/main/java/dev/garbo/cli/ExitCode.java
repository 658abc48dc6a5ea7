package dev.garbo.cli;

/** What garbo's exit status means; the same for every command. */
public enum ExitCode {
  /** Nothing at or above the {@code --fail-on} level. */
  CLEAN(0),
  /** Findings at or above the {@code --fail-on} level. */
  FINDINGS(1),
  /** Bad usage or unusable input: the message says which and where. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
