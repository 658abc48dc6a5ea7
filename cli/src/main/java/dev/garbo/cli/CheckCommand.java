package dev.garbo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.config.GarboConfig;
import dev.garbo.source.FilePosition;
import dev.garbo.source.ReplyReader;
import dev.garbo.source.SourceException;
import dev.garbo.source.SourceOptions;
import dev.garbo.source.SourceReaders;
import dev.garbo.source.SourceReply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code garbo check}: checks replies given as text, files or standard input. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks replies and reports what to coach, why, and a rewording.",
      "Each file is one reply; message bundles (.properties), bot definitions (.yml, .json) and",
      "templates (.html, .md, .mustache, .ftl) are read reply by reply. With no text and no files,",
      "the reply is read from standard input."
    },
    footer = {"", "Examples:",
        "  garbo check --text \"No problem, happy to help!\"",
        "  garbo check --lang it samples/reply-it.txt --format json",
        "  echo \"We can't do that.\" | garbo check --fix",
        "", "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error."})
public final class CheckCommand implements Callable<Integer> {
  enum FailOn { error, warning, suggestion, none }

  @Spec CommandSpec spec;
  @Mixin CheckerOptions checkerOptions = new CheckerOptions();

  @Option(names = {"-t", "--text"}, paramLabel = "REPLY", description = "A reply to check (repeatable).")
  List<String> texts = new ArrayList<>();

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or folders to check; '-' is standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--context", paramLabel = "MESSAGE", description = "The customer's previous message.")
  String context;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--fix", description = "Print each reply with the suggestions applied.")
  boolean fix;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning",
      description = "Exit 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  enum Split { file, paragraph }

  @Option(names = "--split", paramLabel = "file|paragraph", defaultValue = "file",
      description = "For text and Markdown files: the whole file is one reply, or each paragraph (blank-line separated) is (default: ${DEFAULT-VALUE}).")
  Split split;

  @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "1048576",
      description = "Longest reply accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GarboConfig config = checkerOptions.config();
    List<Unit> units = new ArrayList<>();
    int inputErrors = 0;
    for (int i = 0; i < texts.size(); i++) {
      units.add(new Unit(texts.size() == 1 ? "text" : "text[" + (i + 1) + "]", null, null, texts.get(i), null, null));
    }
    boolean stdinUsed = false;
    for (String f : files) {
      try {
        if (f.equals("-")) {
          stdinUsed = true;
          units.add(new Unit("-", null, null, Inputs.readStream("-", System.in, maxSize), null, null));
        } else {
          inputErrors += addFile(Path.of(f), units, err);
        }
      } catch (UserError e) {
        err.println("garbo: " + e.getMessage());
        inputErrors++;
      }
    }
    if (texts.isEmpty() && files.isEmpty() && !stdinUsed) {
      if (System.console() != null) {
        throw new UserError("nothing to check: give --text REPLY, files, or pipe a reply into standard input (see garbo check --help)");
      }
      units.add(new Unit("-", null, null, Inputs.readStream("-", System.in, maxSize), null, null));
    }
    Checker checker = checkerOptions.checker(config);
    List<Unit> empty = units.stream().filter(u -> u.text().isBlank()).toList();
    for (Unit u : empty) {
      err.println("garbo: " + u.id() + ": empty reply, nothing to check");
      inputErrors++;
    }
    // many replies (a folder, a bundle) are checked on all cores; the output keeps the input order
    java.util.stream.Stream<Unit> stream = units.size() > 64 ? units.parallelStream() : units.stream();
    List<CheckedReply> checked = stream.filter(u -> !u.text().isBlank()).map(u -> {
      Language lang = u.language() != null && config.language() == null ? u.language() : null;
      CheckResult r = checker.check(u.text(), context, lang);
      return new CheckedReply(u.id(), u.file(), u.key(), r, located(u, r));
    }).toList();
    if (!checked.isEmpty() || inputErrors == 0) {
      write(out, checked, checker);
    }
    out.flush();
    if (inputErrors > 0) {
      return ExitCode.USAGE.code();
    }
    if (failOn == FailOn.none) {
      return ExitCode.CLEAN.code();
    }
    Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
    boolean fail = checked.stream().anyMatch(c -> c.findings().stream().anyMatch(f -> f.severity().atLeast(threshold)));
    return fail ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
  }

  /**
   * A reply to check and where it came from: a reader's extraction ({@code source}), or a paragraph
   * starting at {@code base} in {@code fileText}.
   */
  record Unit(String id, String file, String key, String text, Language language, SourceReply source, String fileText, int base) {
    Unit(String id, String file, String key, String text, Language language, SourceReply source) {
      this(id, file, key, text, language, source, null, 0);
    }
  }

  private int addFile(Path path, List<Unit> units, PrintWriter err) {
    if (Files.isDirectory(path)) {
      int errors = 0;
      List<Path> children;
      try (Stream<Path> s = Files.walk(path)) {
        children = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
      } catch (IOException e) {
        throw new UserError(path + ": cannot list it: " + e.getMessage());
      }
      for (Path c : children) {
        try {
          errors += addFile(c, units, err);
        } catch (UserError e) {
          err.println("garbo: " + e.getMessage());
          errors++;
        }
      }
      return errors;
    }
    String name = path.toString();
    String text = Inputs.readFile(path, maxSize);
    SourceOptions options = SourceOptions.defaults();
    boolean prose = name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    if (prose && split == Split.paragraph) {
      addParagraphs(name, text, units);
      return 0;
    }
    ReplyReader reader = name.endsWith(".txt") ? null : SourceReaders.forPath(name, options).orElse(null);
    if (reader == null) {
      units.add(new Unit(name, name, null, text, null, null));
      return 0;
    }
    try {
      List<SourceReply> replies = reader.read(name, text);
      for (SourceReply r : replies) {
        String id = replies.size() == 1 && (r.key() == null || r.key().isEmpty()) ? name : name + "#" + r.key();
        units.add(new Unit(id, name, r.key(), r.text(), r.language(), r));
      }
      return 0;
    } catch (SourceException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** One reply per blank-line-separated paragraph, keyed by its first line. */
  private static void addParagraphs(String name, String text, List<Unit> units) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S(?:.|\\n(?![ \\t\\r]*\\n))*").matcher(text);
    while (m.find()) {
      int line = 1;
      for (int i = 0; i < m.start(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      units.add(new Unit(name + ":" + line, name, "line " + line, m.group(), null, null, text, m.start()));
    }
  }

  /** Findings with line and column moved to the original file for extracted replies. */
  private static List<Finding> located(Unit u, CheckResult r) {
    if (u.fileText() != null) {
      List<Finding> out = new ArrayList<>(r.findings().size());
      for (Finding f : r.findings()) {
        int at = u.base() + f.start();
        int ls = u.fileText().lastIndexOf('\n', at - 1) + 1;
        int line = (int) u.fileText().substring(0, ls).chars().filter(c -> c == '\n').count() + 1;
        out.add(new Finding(f.rule(), f.category(), f.severity(), f.start(), f.end(), line, at - ls + 1, f.text(),
            f.message(), f.suggestions()));
      }
      return out;
    }
    if (u.source() == null) {
      return r.findings();
    }
    List<Finding> out = new ArrayList<>(r.findings().size());
    for (Finding f : r.findings()) {
      FilePosition p = u.source().position(f.start());
      out.add(new Finding(f.rule(), f.category(), f.severity(), f.start(), f.end(), p.line(), p.column(), f.text(),
          f.message(), f.suggestions()));
    }
    return out;
  }

  private void write(PrintWriter out, List<CheckedReply> checked, Checker checker) {
    switch (format) {
      case json -> {
        try (JsonGenerator g = JsonOutput.MAPPER.createGenerator(new NonClosing(out)).useDefaultPrettyPrinter()) {
          g.writeStartArray();
          for (CheckedReply c : checked) {
            JsonOutput.writeReply(g, c, fix);
          }
          g.writeEndArray();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.println();
      }
      case jsonl -> {
        for (CheckedReply c : checked) {
          try (JsonGenerator g = JsonOutput.MAPPER.createGenerator(new NonClosing(out))) {
            JsonOutput.writeReply(g, c, fix);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          out.println();
        }
      }
      case sarif, checkstyle, junit -> {
        try {
          NonClosing w = new NonClosing(out);
          if (format == OutputFormat.sarif) {
            SarifOutput.write(w, checked, checker.rules());
          } else if (format == OutputFormat.checkstyle) {
            CheckstyleOutput.write(w, checked);
          } else {
            JunitOutput.write(w, checked, failOn == FailOn.none ? null
                : Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT)));
          }
          w.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (javax.xml.stream.XMLStreamException e) {
          throw new IllegalStateException("cannot write the XML report: " + e.getMessage(), e);
        }
      }
      case text -> {
        if (fix) {
          for (CheckedReply c : checked) {
            if (checked.size() > 1) {
              out.println("==> " + c.id() + " <==");
            }
            String fixed = c.result().fixed();
            out.print(fixed.endsWith("\n") ? fixed : fixed + "\n");
          }
          return;
        }
        TextOutput.write(out, checked, checker.rules());
      }
    }
  }

  /** Lets a JSON generator write to our writer without closing it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(java.io.Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static Map<Severity, Integer> counts(List<CheckedReply> checked) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (CheckedReply c : checked) {
      for (Finding f : c.findings()) {
        counts.merge(f.severity(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static RuleInfo info(List<RuleInfo> rules, String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }
}
