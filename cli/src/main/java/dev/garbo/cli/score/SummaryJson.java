package dev.garbo.cli.score;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.garbo.Finding;
import dev.garbo.cli.JsonOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code summary.json}: the run's accounting and every table, stamped with the garbo version and
 * the fingerprint. No timestamps and no timings, so the same archive scored the same way gives the
 * same file, byte for byte.
 */
final class SummaryJson {
  private SummaryJson() {}

  static void write(Path file, Report r) throws IOException {
    try (JsonGenerator g = JsonOutput.MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("garbo");
      g.writeStringField("version", r.stamp().version());
      g.writeStringField("fingerprint", r.stamp().fingerprint());
      g.writeStringField("fingerprint_covers", "garbo version, active rules (metadata, severity, examples), "
          + "configuration (language, register, grammar, weights, rule settings, accepted phrases, vocabulary), field mapping");
      g.writeEndObject();
      g.writeArrayFieldStart("inputs");
      for (String i : r.stamp().inputs()) {
        g.writeString(i);
      }
      g.writeEndArray();
      ScoreRun.Counts c = r.counts();
      g.writeObjectFieldStart("records");
      g.writeNumberField("read", c.read());
      g.writeNumberField("scored", c.scored());
      g.writeNumberField("skipped", c.skipped());
      g.writeNumberField("rejected", c.rejected());
      g.writeStringField("note", "read = scored + skipped + rejected; scored are agent turns, skipped are customer turns "
          + "(read as context), rejected are records that could not be used (see rejected.csv)");
      g.writeEndObject();
      g.writeArrayFieldStart("unreadable");
      for (Unreadable u : r.unreadable()) {
        g.writeStartObject();
        g.writeStringField("file", u.file().name());
        g.writeStringField("problem", u.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("scoring");
      g.writeStringField("score", "100 minus the weight of each finding, at least 0");
      g.writeObjectFieldStart("weights");
      for (var e : r.weights().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeFieldName("overall");
      stats(g, r.total());
      g.writeArrayFieldStart("score_histogram");
      long[] h = r.histogram();
      for (int i = 0; i < h.length; i++) {
        g.writeStartObject();
        g.writeNumberField("from", i * 10);
        g.writeNumberField("to", i == 10 ? 100 : i * 10 + 9);
        g.writeNumberField("replies", h[i]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("period");
      g.writeStringField("unit", "ISO week, UTC");
      g.writeStringField("last", r.lastWeek());
      g.writeStringField("previous", r.previousWeek());
      g.writeStringField("change", "every *_change compares the last week with the previous one (null when either has no replies)");
      g.writeNumberField("replies_without_time", r.withoutTime());
      g.writeEndObject();
      groups(g, "agents", r.agents(), true);
      groups(g, "teams", r.teams(), false);
      groups(g, "languages", r.languages(), false);
      g.writeArrayFieldStart("weeks");
      for (Report.WeekRow w : r.weekRows()) {
        g.writeStartObject();
        g.writeStringField("week", w.week());
        g.writeStringField("week_start", w.monday().toString());
        statsFields(g, w.stats());
        g.writeStringField("top_rule", w.topRule());
        nullable(g, "mean_score_change", w.meanScoreChange());
        nullable(g, "per_100_change", w.per100Change());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rules");
      for (Report.RuleRow rule : r.rules()) {
        g.writeStartObject();
        g.writeStringField("rule", rule.id());
        if (rule.info() != null) {
          g.writeStringField("title", rule.info().title().en());
          g.writeStringField("category", rule.info().category().code());
          g.writeStringField("severity", rule.info().severity().code());
        }
        g.writeNumberField("findings", rule.findings());
        g.writeNumberField("replies", rule.replies());
        g.writeNumberField("per_100", Num.round(rule.per100(), 2));
        g.writeNumberField("share_percent", Num.round(rule.share(), 1));
        g.writeNumberField("mean_score", Num.round(rule.meanScore(), 1));
        g.writeStringField("top_agent", rule.topAgent());
        g.writeNumberField("top_agent_findings", rule.topAgentFindings());
        nullable(g, "per_100_change", rule.per100Change());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("worst");
      for (Sample s : r.worst()) {
        sample(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void groups(JsonGenerator g, String name, List<Report.GroupRow> rows, boolean withTeam) throws IOException {
    g.writeArrayFieldStart(name);
    for (Report.GroupRow row : rows) {
      g.writeStartObject();
      g.writeStringField("key", row.key());
      if (withTeam) {
        g.writeStringField("team", row.team());
      }
      statsFields(g, row.stats());
      g.writeStringField("top_rule", row.topRule());
      g.writeNumberField("top_rule_findings", row.topRuleFindings());
      nullable(g, "mean_score_change", row.meanScoreChange());
      nullable(g, "per_100_change", row.per100Change());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void stats(JsonGenerator g, Stats s) throws IOException {
    g.writeStartObject();
    statsFields(g, s);
    g.writeEndObject();
  }

  private static void statsFields(JsonGenerator g, Stats s) throws IOException {
    g.writeNumberField("replies", s.replies());
    g.writeNumberField("flagged", s.flagged());
    g.writeNumberField("findings", s.findings());
    g.writeNumberField("errors", s.errors());
    g.writeNumberField("warnings", s.warnings());
    g.writeNumberField("suggestions", s.suggestions());
    g.writeNumberField("per_100", Num.round(s.per100(), 2));
    g.writeNumberField("flagged_percent", Num.round(s.flaggedPercent(), 1));
    g.writeNumberField("mean_score", Num.round(s.meanScore(), 1));
  }

  private static void nullable(JsonGenerator g, String name, Double v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Num.round(v, 2));
    }
  }

  static void sample(JsonGenerator g, Sample s) throws IOException {
    Turn t = s.job().turn();
    g.writeStartObject();
    g.writeStringField("conversation", t.conversation());
    g.writeStringField("id", t.id());
    g.writeStringField("agent", t.agent());
    g.writeStringField("team", t.team());
    g.writeStringField("time", t.time() == null ? null : t.time().toString());
    g.writeStringField("file", t.file().name());
    g.writeNumberField("line", t.line());
    g.writeStringField("language", s.result().language().code());
    g.writeNumberField("score", s.result().score());
    g.writeStringField("context", s.job().context());
    g.writeStringField("text", t.text());
    g.writeStringField("fixed", s.result().fixed());
    g.writeArrayFieldStart("findings");
    for (Finding f : s.result().findings()) {
      JsonOutput.writeFinding(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
