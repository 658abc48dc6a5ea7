package dev.garbo.cli.score;

import dev.garbo.CheckResult;
import dev.garbo.Finding;

/** Counts over a set of scored replies; sums only, so partial counts merge in any order. */
public final class Stats {
  long replies;
  long flagged;
  long findings;
  long errors;
  long warnings;
  long suggestions;
  long scoreSum;

  void add(CheckResult r) {
    replies++;
    scoreSum += r.score();
    if (!r.findings().isEmpty()) {
      flagged++;
    }
    for (Finding f : r.findings()) {
      findings++;
      switch (f.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case SUGGESTION -> suggestions++;
      }
    }
  }

  void merge(Stats o) {
    replies += o.replies;
    flagged += o.flagged;
    findings += o.findings;
    errors += o.errors;
    warnings += o.warnings;
    suggestions += o.suggestions;
    scoreSum += o.scoreSum;
  }

  public long replies() {
    return replies;
  }

  /** Replies with at least one finding. */
  public long flagged() {
    return flagged;
  }

  public long findings() {
    return findings;
  }

  public long errors() {
    return errors;
  }

  public long warnings() {
    return warnings;
  }

  public long suggestions() {
    return suggestions;
  }

  /** Mean score, 0–100; 100 when there is nothing to average. */
  public double meanScore() {
    return replies == 0 ? 100 : scoreSum / (double) replies;
  }

  /** Findings per 100 replies. */
  public double per100() {
    return replies == 0 ? 0 : findings * 100.0 / replies;
  }

  /** Share of replies with at least one finding, in percent. */
  public double flaggedPercent() {
    return replies == 0 ? 0 : flagged * 100.0 / replies;
  }
}
