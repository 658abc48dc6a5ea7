package dev.garbo.cli.score;

import dev.garbo.CheckResult;
import dev.garbo.Finding;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the summary and the report need, and nothing proportional to the archive: counts per
 * agent, team, language, rule and week, a score histogram, and the N worst replies. Each worker
 * tallies its own batch; the batches merge in input order.
 */
final class Tally {
  /** Agents, teams and languages without a name in the export are filed under this. */
  static final String NONE = "(not given)";

  final Stats total = new Stats();
  final Map<String, Group> agents = new HashMap<>();
  final Map<String, Group> teams = new HashMap<>();
  final Map<String, Group> languages = new HashMap<>();
  final Map<String, Stats> weeks = new HashMap<>();
  final Map<String, RuleTally> rules = new HashMap<>();
  /** Replies by score: 0–9, 10–19, …, 90–99, and 100. */
  final long[] histogram = new long[11];
  long withoutTime;
  final Worst worst;
  private final int examplesPerRule;

  Tally(int worst, int examplesPerRule) {
    this.worst = new Worst(worst);
    this.examplesPerRule = examplesPerRule;
  }

  void add(Job job, CheckResult r) {
    Turn t = job.turn();
    String week = t.time() == null ? null : Times.week(t.time());
    if (week == null) {
      withoutTime++;
    }
    String agent = t.agent() == null ? NONE : t.agent();
    total.add(r);
    histogram[Math.min(10, r.score() / 10)]++;
    agents.computeIfAbsent(agent, k -> new Group()).add(r, week, t.team());
    teams.computeIfAbsent(t.team() == null ? NONE : t.team(), k -> new Group()).add(r, week, null);
    languages.computeIfAbsent(r.language().code(), k -> new Group()).add(r, week, null);
    if (week != null) {
      weeks.computeIfAbsent(week, k -> new Stats()).add(r);
    }
    if (r.findings().isEmpty()) {
      return;
    }
    Sample s = new Sample(job, r);
    worst.offer(s);
    Map<String, Long> perRule = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      perRule.merge(f.rule(), 1L, Long::sum);
    }
    perRule.forEach((rule, n) -> rules.computeIfAbsent(rule, k -> new RuleTally(examplesPerRule)).add(s, n, week, agent));
  }

  void merge(Tally o) {
    total.merge(o.total);
    o.agents.forEach((k, g) -> agents.computeIfAbsent(k, x -> new Group()).merge(g));
    o.teams.forEach((k, g) -> teams.computeIfAbsent(k, x -> new Group()).merge(g));
    o.languages.forEach((k, g) -> languages.computeIfAbsent(k, x -> new Group()).merge(g));
    o.weeks.forEach((k, s) -> weeks.computeIfAbsent(k, x -> new Stats()).merge(s));
    o.rules.forEach((k, t) -> rules.computeIfAbsent(k, x -> new RuleTally(examplesPerRule)).merge(t));
    for (int i = 0; i < histogram.length; i++) {
      histogram[i] += o.histogram[i];
    }
    withoutTime += o.withoutTime;
    worst.merge(o.worst);
  }
}
