package dev.garbo.cli;

import picocli.CommandLine.Command;

/** The top command: only subcommands. */
@Command(
    name = "garbo",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Coaches customer-service writing in Italian and English: flags phrasing that leaves the customer",
      "worse off, explains why, and proposes a positive rewording.",
      ""
    },
    subcommands = {CheckCommand.class, ScoreCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class},
    footer = {"", "Exit status: 0 nothing to coach, 1 findings at or above --fail-on, 2 usage or input error.",
        "Configuration: .garbo.yaml in the working directory (or a parent), or --config FILE."})
public final class GarboCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required (check, score, rules, explain, lsp)");
  }
}
