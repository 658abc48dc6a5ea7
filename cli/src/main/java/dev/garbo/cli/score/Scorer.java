package dev.garbo.cli.score;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.Language;
import dev.garbo.cli.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the agent turns of a batch, tallies them and writes their {@code findings.jsonl} lines.
 * Stateless, so every worker thread runs it at once.
 */
final class Scorer {
  private final Checker checker;
  private final boolean forcedLanguage;
  private final boolean writeLines;
  private final int worst;
  private final int examplesPerRule;

  /**
   * @param forcedLanguage whether the configuration or {@code --lang} fixes the language (then a
   *     record's {@code lang} is not used, as in {@code garbo check})
   */
  Scorer(Checker checker, boolean forcedLanguage, boolean writeLines, int worst, int examplesPerRule) {
    this.checker = checker;
    this.forcedLanguage = forcedLanguage;
    this.writeLines = writeLines;
    this.worst = worst;
    this.examplesPerRule = examplesPerRule;
  }

  ScoredBatch score(Batch batch) {
    Tally tally = new Tally(worst, examplesPerRule);
    List<Rejected> failed = new ArrayList<>(0);
    ByteArrayOutputStream bytes = writeLines ? new ByteArrayOutputStream(Math.max(64, batch.jobs().size() * 200)) : null;
    long scored = 0;
    try (JsonGenerator g = writeLines ? JsonOutput.MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8) : null) {
      if (g != null) {
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
      }
      for (Job job : batch.jobs()) {
        Turn t = job.turn();
        Language hint = forcedLanguage ? null : t.language();
        CheckResult r;
        try {
          r = checker.check(t.text(), job.context(), hint);
        } catch (RuntimeException e) {
          failed.add(new Rejected(t.file(), t.line(), "garbo failed on this reply (" + e.getMessage()
              + "); please report it with the reply"));
          continue;
        }
        scored++;
        tally.add(job, r);
        if (g != null) {
          writeLine(g, job, r);
          g.flush();
          bytes.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ScoredBatch(batch, bytes == null ? null : bytes.toByteArray(), tally, scored, failed);
  }

  /** One line of {@code findings.jsonl}: the turn's identity, its score and the findings as {@code garbo check} writes them. */
  static void writeLine(JsonGenerator g, Job job, CheckResult r) throws IOException {
    Turn t = job.turn();
    g.writeStartObject();
    g.writeStringField("conversation", t.conversation());
    g.writeStringField("id", t.id());
    g.writeStringField("agent", t.agent());
    g.writeStringField("team", t.team());
    g.writeStringField("time", t.time() == null ? null : t.time().toString());
    g.writeStringField("language", r.language().code());
    if (r.register() != null) {
      g.writeStringField("register", r.register().code());
    }
    g.writeNumberField("score", r.score());
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      JsonOutput.writeFinding(g, f);
    }
    g.writeEndArray();
    g.writeStringField("file", t.file().name());
    g.writeNumberField("line", t.line());
    g.writeEndObject();
  }
}
