package dev.garbo.cli.score;

/**
 * A record that could not be scored (bad JSON, a missing field, an unknown role). It is reported
 * with its place and counted; the run goes on.
 */
public record Rejected(InputFile file, long line, String reason) implements Parsed {
  /** {@code file:line: reason}, the way compilers say it. */
  public String describe() {
    return file.name() + ":" + line + ": " + reason;
  }
}
