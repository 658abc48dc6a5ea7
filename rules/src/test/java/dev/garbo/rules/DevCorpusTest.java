package dev.garbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.Garbo;
import dev.garbo.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of every rule on the labelled development corpus (replies the team wrote,
 * each with the rule ids it should trigger). Fails when a rule's precision drops below 0.9: a
 * coach that cries wolf gets switched off. The table is printed so every change shows what it did.
 */
class DevCorpusTest {
  static final double MIN_PRECISION = 0.9;

  record Counts(int tp, int fp, int fn) {
    Counts add(int dtp, int dfp, int dfn) {
      return new Counts(tp + dtp, fp + dfp, fn + dfn);
    }

    double precision() {
      return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
    }
  }

  @Test
  void precisionAndRecallPerRuleAndLanguage() throws IOException {
    Checker checker = Garbo.checker();
    Set<String> implemented = new HashSet<>();
    checker.rules().forEach(r -> implemented.add(r.id()));
    Map<String, Counts> table = new TreeMap<>();
    List<String> falsePositives = new ArrayList<>();
    int replies = 0;
    for (Language lang : Language.values()) {
      for (JsonNode row : read("/devcorpus/" + lang.code() + ".jsonl")) {
        replies++;
        Set<String> expected = new HashSet<>();
        row.get("expect").forEach(e -> expected.add(e.asText()));
        String context = row.hasNonNull("context") ? row.get("context").asText() : null;
        Set<String> found = new HashSet<>();
        for (Finding f : checker.check(row.get("text").asText(), context, lang).findings()) {
          found.add(f.rule());
        }
        Set<String> ids = new HashSet<>(expected);
        ids.addAll(found);
        for (String id : ids) {
          if (!implemented.contains(id)) {
            continue;
          }
          boolean e = expected.contains(id);
          boolean f = found.contains(id);
          table.merge(id + " [" + lang.code() + "]", new Counts(e && f ? 1 : 0, f && !e ? 1 : 0, e && !f ? 1 : 0),
              (a, b) -> a.add(b.tp(), b.fp(), b.fn()));
          if (f && !e) {
            falsePositives.add(id + " [" + lang.code() + "] " + row.get("id").asText() + ": " + row.get("text").asText());
          }
        }
      }
    }
    StringBuilder report = new StringBuilder("\nDevelopment corpus: " + replies + " replies\n");
    report.append(String.format(Locale.ROOT, "%-30s %5s %5s %5s %9s %7s%n", "rule [lang]", "tp", "fp", "fn", "precision", "recall"));
    List<String> below = new ArrayList<>();
    table.forEach((k, c) -> {
      report.append(String.format(Locale.ROOT, "%-30s %5d %5d %5d %9s %7s%n", k, c.tp(), c.fp(), c.fn(),
          fmt(c.precision()), fmt(c.recall())));
      if (!Double.isNaN(c.precision()) && c.precision() < MIN_PRECISION) {
        below.add(k + " precision " + fmt(c.precision()));
      }
    });
    if (!falsePositives.isEmpty()) {
      report.append("\nFalse positives:\n");
      falsePositives.forEach(fp -> report.append("  ").append(fp).append('\n'));
    }
    System.out.println(report);
    assertThat(below).as("rules below precision %.2f (see the table above)", MIN_PRECISION).isEmpty();
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
  }

  private static List<JsonNode> read(String resource) throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try (InputStream in = DevCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(m.readTree(line));
        }
      }
    }
    return rows;
  }
}
