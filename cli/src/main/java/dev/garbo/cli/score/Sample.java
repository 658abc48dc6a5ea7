package dev.garbo.cli.score;

import dev.garbo.CheckResult;
import java.util.Comparator;

/** A scored reply kept to show in the report: one of the worst, or an example of a rule. */
public record Sample(Job job, CheckResult result) {
  /** Lowest score first, then most findings, then input order. */
  static final Comparator<Sample> WORST_FIRST = Comparator.comparingInt((Sample s) -> s.result().score())
      .thenComparing(s -> s.result().findings().size(), Comparator.reverseOrder())
      .thenComparingLong(s -> s.job().seq());
}
