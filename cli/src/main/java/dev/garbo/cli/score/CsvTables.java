package dev.garbo.cli.score;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables as CSV for BI tools: {@code agents.csv}, {@code teams.csv}, {@code languages.csv},
 * {@code weeks.csv} and {@code rules.csv}. Every row carries the garbo version and fingerprint, so
 * rows from different runs can sit in one table and still be told apart.
 */
final class CsvTables {
  static final List<String> FILES = List.of("agents.csv", "teams.csv", "languages.csv", "weeks.csv", "rules.csv");

  private static final List<String> STATS = List.of("replies", "flagged", "findings", "errors", "warnings",
      "suggestions", "per_100", "flagged_percent", "mean_score");

  private CsvTables() {}

  static void write(Path dir, Report r) throws IOException {
    String period = r.lastWeek() == null ? "" : r.lastWeek() + " vs " + r.previousWeek();
    groups(dir.resolve("agents.csv"), "agent", r.agents(), true, period, r);
    groups(dir.resolve("teams.csv"), "team", r.teams(), false, period, r);
    groups(dir.resolve("languages.csv"), "language", r.languages(), false, period, r);
    try (Writer w = open(dir.resolve("weeks.csv"))) {
      List<String> head = new ArrayList<>(List.of("week", "week_start"));
      head.addAll(STATS);
      head.addAll(List.of("top_rule", "mean_score_change", "per_100_change", "garbo_version", "fingerprint"));
      row(w, head);
      for (Report.WeekRow wk : r.weekRows()) {
        List<String> row = new ArrayList<>(List.of(wk.week(), wk.monday().toString()));
        row.addAll(stats(wk.stats()));
        row.addAll(List.of(nz(wk.topRule()), Num.csv(wk.meanScoreChange(), 2), Num.csv(wk.per100Change(), 2),
            r.stamp().version(), r.stamp().fingerprint()));
        row(w, row);
      }
    }
    try (Writer w = open(dir.resolve("rules.csv"))) {
      row(w, List.of("rule", "title", "category", "severity", "findings", "replies", "per_100", "share_percent",
          "mean_score", "top_agent", "top_agent_findings", "per_100_change", "change_period", "garbo_version", "fingerprint"));
      for (Report.RuleRow rule : r.rules()) {
        row(w, List.of(rule.id(), rule.info() == null ? "" : rule.info().title().en(),
            rule.info() == null ? "" : rule.info().category().code(), rule.info() == null ? "" : rule.info().severity().code(),
            Long.toString(rule.findings()), Long.toString(rule.replies()), Num.csv(rule.per100(), 2),
            Num.csv(rule.share(), 1), Num.csv(rule.meanScore(), 1), nz(rule.topAgent()), Long.toString(rule.topAgentFindings()),
            Num.csv(rule.per100Change(), 2), period, r.stamp().version(), r.stamp().fingerprint()));
      }
    }
  }

  private static void groups(Path file, String keyName, List<Report.GroupRow> rows, boolean withTeam, String period, Report r)
      throws IOException {
    try (Writer w = open(file)) {
      List<String> head = new ArrayList<>(List.of(keyName));
      if (withTeam) {
        head.add("team");
      }
      head.addAll(STATS);
      head.addAll(List.of("top_rule", "top_rule_findings", "mean_score_change", "per_100_change", "change_period",
          "garbo_version", "fingerprint"));
      row(w, head);
      for (Report.GroupRow g : rows) {
        List<String> row = new ArrayList<>(List.of(g.key()));
        if (withTeam) {
          row.add(nz(g.team()));
        }
        row.addAll(stats(g.stats()));
        row.addAll(List.of(nz(g.topRule()), Long.toString(g.topRuleFindings()), Num.csv(g.meanScoreChange(), 2),
            Num.csv(g.per100Change(), 2), period, r.stamp().version(), r.stamp().fingerprint()));
        row(w, row);
      }
    }
  }

  private static List<String> stats(Stats s) {
    return List.of(Long.toString(s.replies()), Long.toString(s.flagged()), Long.toString(s.findings()),
        Long.toString(s.errors()), Long.toString(s.warnings()), Long.toString(s.suggestions()),
        Num.csv(s.per100(), 2), Num.csv(s.flaggedPercent(), 1), Num.csv(s.meanScore(), 1));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  static Writer open(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled. */
  static void row(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        w.write('"');
        w.write(f.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(f);
      }
    }
    w.write("\r\n");
  }
}
