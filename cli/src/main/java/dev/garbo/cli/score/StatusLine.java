package dev.garbo.cli.score;

import java.io.PrintWriter;

/**
 * Standard error shared by the progress line and the messages about rejected records, so a
 * message never lands in the middle of the progress line.
 */
public final class StatusLine {
  private final PrintWriter err;
  private final boolean overwrite;
  private int shown;

  /** @param overwrite redraw one line with carriage returns (a terminal), or print whole lines (a log) */
  public StatusLine(PrintWriter err, boolean overwrite) {
    this.err = err;
    this.overwrite = overwrite;
  }

  /** Prints a line of its own. */
  public synchronized void message(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  synchronized void progress(String line) {
    if (overwrite) {
      String padded = shown > line.length() ? line + " ".repeat(shown - line.length()) : line;
      err.print("\r" + padded);
      shown = line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Removes the progress line, if one is shown. */
  public synchronized void clear() {
    if (overwrite && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }
}
