package dev.garbo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a user would, and keeps what it said. */
public record Run(int exit, String out, String err) {
  public static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }
}
