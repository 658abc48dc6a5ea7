package dev.garbo.cli;

import dev.garbo.definition.DefinitionException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code garbo}: the command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs garbo with {@code args}; returns the exit code. Used by the tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new GarboCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    // a user never sees a stack trace: known problems are one line, the rest one line plus a hint
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof UserError || ex instanceof DefinitionException) {
        err.println("garbo: " + ex.getMessage());
      } else {
        err.println("garbo: internal error: " + ex + " (please report it with the input that caused it; "
            + "set GARBO_DEBUG=1 for details)");
        if (System.getenv("GARBO_DEBUG") != null) {
          ex.printStackTrace(err);
        }
      }
      err.flush();
      return ExitCode.USAGE.code();
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("garbo: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      err.flush();
      return ExitCode.USAGE.code();
    });
    return cl;
  }
}
