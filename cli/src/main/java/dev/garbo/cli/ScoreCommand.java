package dev.garbo.cli;

import dev.garbo.Checker;
import dev.garbo.Example;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.cli.score.FieldMapping;
import dev.garbo.cli.score.Fingerprint;
import dev.garbo.cli.score.InputScan;
import dev.garbo.cli.score.OutputDir;
import dev.garbo.cli.score.Progress;
import dev.garbo.cli.score.Rejected;
import dev.garbo.cli.score.Report;
import dev.garbo.cli.score.ScoreRun;
import dev.garbo.cli.score.StatusLine;
import dev.garbo.cli.score.TerminalSummary;
import dev.garbo.cli.score.Unreadable;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.RuleSpec;
import dev.garbo.rule.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code garbo score}: batch-scores transcript archives for trainers and QA leads. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the agent replies in transcript archives: per agent, team, rule, language and week, "
          + "the worst replies with a rewording, and an HTML report to look at.",
      "",
      "Reads JSON Lines (one turn per line), CSV (a header row, then one turn per row) and plain-text "
          + "transcripts (Agent: / Customer: / Operatore: / Cliente: turns, a blank line between "
          + "conversations), plain or gzip, files or folders (recursively). Fields: conversation, role "
          + "(agent or customer), text; optionally id, agent, team, time (ISO-8601), lang.",
      "",
      "Each agent turn is checked with the customer's previous turn in its conversation as context; "
          + "customer turns are read, not scored.",
      ""
    },
    footer = {"", "Examples:",
        "  garbo score exports/                 a summary on the terminal",
        "  garbo score exports/ --out report/   plus report.html, CSV, JSON",
        "  garbo score chats.csv --field text=body --field role=author_type \\",
        "      --role-agent admin --role-customer user",
        "",
        "The same mapping can live in .garbo.yaml:",
        "  score:",
        "    fields: {text: body, role: author_type}",
        "    role-agent: [admin]",
        "    role-customer: [user]",
        "",
        "A broken record (bad JSON, a missing field, an unknown role) is reported with file:line, "
            + "counted as rejected and skipped; it never stops the run. Every record is accounted for: "
            + "read = scored + skipped (customer turns) + rejected.",
        "",
        "Exit status: 0 done; 1 findings at or above --fail-on (default none: scoring an archive is a "
            + "report, not a gate); 2 usage error, or a file that could not be read (the rest is still scored)."})
public final class ScoreCommand implements Callable<Integer> {
  /** How many rejected records are printed one by one before they are only counted. */
  static final int SHOWN_REJECTIONS = 20;

  @Spec CommandSpec spec;
  @Mixin CheckerOptions checkerOptions = new CheckerOptions();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Transcript files or folders.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Write findings.jsonl, summary.json, agents/teams/rules/languages/weeks .csv, rejected.csv and report.html here.")
  Path out;

  @Option(names = "--field", paramLabel = "FIELD=NAME",
      description = "The export's name for one of garbo's fields (conversation, role, text, id, agent, team, time, lang); repeatable.")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--role-agent", paramLabel = "VALUE", split = ",",
      description = "Role values that mean an agent wrote the turn (default: agent).")
  List<String> roleAgent = new ArrayList<>();

  @Option(names = "--role-customer", paramLabel = "VALUE", split = ",",
      description = "Role values that mean the customer wrote it (default: customer).")
  List<String> roleCustomer = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--worst", paramLabel = "N", defaultValue = "25",
      description = "How many of the worst replies to keep for the report (default: ${DEFAULT-VALUE}).")
  int worst;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, suggestion, none (default: ${DEFAULT-VALUE}).")
  CheckCommand.FailOn failOn;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress line on standard error (default: only when it is a terminal).")
  Boolean progress;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "1048576",
      description = "Longest record accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new UserError("--threads must be at least 1");
    }
    if (worst < 0) {
      throw new UserError("--worst must be 0 or more");
    }
    GarboConfig config = checkerOptions.config();
    FieldMapping mapping;
    try {
      mapping = FieldMapping.of(config.score(), fields, roleAgent, roleCustomer);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    InputScan scan = InputScan.of(paths);
    boolean tty = Progress.stderrIsTerminal();
    StatusLine status = new StatusLine(err, tty);
    scan.errors().forEach(e -> status.message("garbo: " + e));
    if (scan.files().isEmpty()) {
      if (scan.errors().isEmpty()) {
        throw new UserError("no transcripts found in " + String.join(", ", paths)
            + " (garbo score reads .jsonl, .ndjson, .json, .csv, .tsv and .txt files, plain or .gz)");
      }
      return ExitCode.USAGE.code();
    }
    if (!scan.ignored().isEmpty()) {
      status.message("garbo: ignored " + scan.ignored().size() + " file" + (scan.ignored().size() == 1 ? "" : "s")
          + " whose name is no transcript format (first: " + scan.ignored().get(0) + ")");
    }
    Checker checker = checkerOptions.checker(config);
    String version = Version.get();
    String fingerprint = Fingerprint.of(version, checker.rules(), examples(config), config, mapping);
    ScoreRun run = new ScoreRun(checker, config.language() != null,
        new ScoreRun.Settings(mapping, threads, maxSize, worst, 5));
    Rejections rejections = new Rejections(status);
    ScoreRun.Result result;
    List<Path> written = List.of();
    try (OutputDir dir = out == null ? null : OutputDir.open(out)) {
      rejections.dir = dir;
      boolean show = progress != null ? progress : tty;
      try (Progress p = show ? new Progress(run, scan.totalBytes(), status, tty ? 250 : 5000) : null) {
        result = run.run(scan.files(), dir == null ? null : dir.findings(), rejections);
      }
      rejections.summarise();
      Report report = new Report(new Report.Stamp(version, fingerprint, paths), result, checker.rules(), weights(config));
      TerminalSummary.print(stdout, report, checker.rules());
      if (dir != null) {
        written = dir.finish(report, checker.rules(), rejections.first);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError("cannot write to " + out + ": " + e.getMessage());
    }
    ScoreRun.Counts c = result.counts();
    stdout.println();
    if (!written.isEmpty()) {
      stdout.println("Open " + written.get(0) + " to see the report; wrote " + written.size() + " files to " + out + ".");
    } else if (c.scored() > 0) {
      stdout.println("For the HTML report, per-reply findings and CSV tables, add --out DIR.");
    }
    stdout.printf(Locale.ROOT, "Done: %,d replies scored in %.1f s, %,d replies/s on %d thread%s.%n", c.scored(),
        result.seconds(), Math.round(c.scored() / Math.max(result.seconds(), 1e-3)), threads, threads == 1 ? "" : "s");
    stdout.flush();
    if (!scan.errors().isEmpty() || !result.unreadable().isEmpty()) {
      err.println("garbo: " + (scan.errors().size() + result.unreadable().size())
          + " input problem(s) above; everything else was scored");
      return ExitCode.USAGE.code();
    }
    if (c.scored() == 0 && c.rejected() > 0) {
      err.println("garbo: every record was rejected; if the export names its fields or roles differently,"
          + " map them with --field and --role-agent / --role-customer (see garbo score --help)");
      return ExitCode.USAGE.code();
    }
    if (failOn != CheckCommand.FailOn.none
        && result.hasFindingsAtLeast(Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT)))) {
      return ExitCode.FINDINGS.code();
    }
    return ExitCode.CLEAN.code();
  }

  /** Every known rule's examples, for the fingerprint. */
  private static Map<String, List<Example>> examples(GarboConfig config) {
    Map<String, List<Example>> out = new HashMap<>();
    for (Rule r : RulesCommand.allRules()) {
      out.put(r.info().id(), r.examples());
    }
    for (RuleSpec s : config.extraRules()) {
      out.put(s.info().id(), s.examples());
    }
    return out;
  }

  private static Map<String, Integer> weights(GarboConfig config) {
    Map<String, Integer> w = new LinkedHashMap<>();
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.SUGGESTION}) {
      w.put(s.code(), config.weights().getOrDefault(s, 0));
    }
    return w;
  }

  /** Reports rejected records as they come: the first few one by one, all of them in rejected.csv. */
  private static final class Rejections implements ScoreRun.Listener {
    private final StatusLine status;
    final List<Rejected> first = new ArrayList<>();
    OutputDir dir;
    long count;

    Rejections(StatusLine status) {
      this.status = status;
    }

    @Override
    public void rejected(Rejected r) {
      count++;
      if (first.size() < SHOWN_REJECTIONS) {
        first.add(r);
        status.message("garbo: " + r.describe());
      }
      if (dir != null) {
        dir.rejected(r);
      }
    }

    @Override
    public void unreadable(Unreadable u) {
      status.message("garbo: " + u.file().name() + ": " + u.message());
    }

    void summarise() {
      if (count > first.size()) {
        status.message("garbo: … and " + (count - first.size()) + " more rejected records"
            + (dir != null ? " (all are listed in " + OutputDir.REJECTED + ")" : " (--out DIR lists them all in " + OutputDir.REJECTED + ")"));
      }
    }
  }
}
