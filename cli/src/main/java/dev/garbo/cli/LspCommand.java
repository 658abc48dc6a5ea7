package dev.garbo.cli;

import dev.garbo.lsp.LspMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code garbo lsp}: the language server on stdin/stdout, for editors. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = {"Runs garbo's language server on stdin/stdout (the Language Server Protocol), for editors:",
        "diagnostics as you type, quick fixes, explanations on hover. Editors start it; see the README."})
public final class LspCommand implements Callable<Integer> {
  @Option(names = "--stdio", description = "Accepted for clients that add it; stdio is the only transport.")
  boolean stdio;

  @Override
  public Integer call() {
    return LspMain.serveStdio();
  }
}
