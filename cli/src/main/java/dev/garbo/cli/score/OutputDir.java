package dev.garbo.cli.score;

import dev.garbo.RuleInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --out DIR} holds: {@code findings.jsonl} and {@code rejected.csv} written as the run
 * goes, then {@code summary.json}, the CSV tables and {@code report.html}.
 */
public final class OutputDir implements AutoCloseable {
  public static final String FINDINGS = "findings.jsonl";
  public static final String REJECTED = "rejected.csv";
  public static final String SUMMARY = "summary.json";
  public static final String REPORT = "report.html";

  private final Path dir;
  private final OutputStream findings;
  private final Writer rejected;

  private OutputDir(Path dir) throws IOException {
    this.dir = dir;
    this.findings = new BufferedOutputStream(Files.newOutputStream(dir.resolve(FINDINGS)), 1 << 20);
    this.rejected = CsvTables.open(dir.resolve(REJECTED));
    CsvTables.row(rejected, List.of("file", "line", "reason"));
  }

  /** Creates the folder if needed and starts the files written during the run. */
  public static OutputDir open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException(dir + " is a file, not a folder");
    }
    Files.createDirectories(dir);
    return new OutputDir(dir);
  }

  public OutputStream findings() {
    return findings;
  }

  public void rejected(Rejected r) {
    try {
      CsvTables.row(rejected, List.of(r.file().name(), Long.toString(r.line()), r.reason()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + dir.resolve(REJECTED) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the summary, the tables and the report.
   *
   * @return the files written, for the closing note
   */
  public List<Path> finish(Report report, List<RuleInfo> rules, List<Rejected> firstRejections) throws IOException {
    close();
    SummaryJson.write(dir.resolve(SUMMARY), report);
    CsvTables.write(dir, report);
    HtmlReport.write(dir.resolve(REPORT), report, rules, firstRejections);
    List<Path> out = new ArrayList<>(List.of(dir.resolve(REPORT), dir.resolve(SUMMARY), dir.resolve(FINDINGS)));
    for (String f : CsvTables.FILES) {
      out.add(dir.resolve(f));
    }
    out.add(dir.resolve(REJECTED));
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      findings.close();
    } finally {
      rejected.close();
    }
  }
}
