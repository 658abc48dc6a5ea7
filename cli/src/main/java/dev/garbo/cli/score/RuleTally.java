package dev.garbo.cli.score;

import java.util.HashMap;
import java.util.Map;

/** How often one rule fired: overall, by week, by agent, and the worst replies it fired in. */
final class RuleTally {
  long findings;
  long replies;
  long scoreSum;
  final Map<String, Long> weeks = new HashMap<>();
  final Map<String, Long> agents = new HashMap<>();
  final Map<String, Long> languages = new HashMap<>();
  final Worst examples;

  RuleTally(int examples) {
    this.examples = new Worst(examples);
  }

  void add(Sample s, long count, String week, String agent) {
    findings += count;
    replies++;
    scoreSum += s.result().score();
    if (week != null) {
      weeks.merge(week, count, Long::sum);
    }
    agents.merge(agent, count, Long::sum);
    languages.merge(s.result().language().code(), count, Long::sum);
    examples.offer(s);
  }

  void merge(RuleTally o) {
    findings += o.findings;
    replies += o.replies;
    scoreSum += o.scoreSum;
    o.weeks.forEach((k, v) -> weeks.merge(k, v, Long::sum));
    o.agents.forEach((k, v) -> agents.merge(k, v, Long::sum));
    o.languages.forEach((k, v) -> languages.merge(k, v, Long::sum));
    examples.merge(o.examples);
  }
}
