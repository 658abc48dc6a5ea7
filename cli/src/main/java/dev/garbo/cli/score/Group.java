package dev.garbo.cli.score;

import dev.garbo.CheckResult;
import dev.garbo.Finding;
import java.util.HashMap;
import java.util.Map;

/** What one agent, team or language did: overall, week by week, and which rules fired. */
final class Group {
  final Stats total = new Stats();
  final Map<String, Stats> weeks = new HashMap<>();
  final Map<String, Long> rules = new HashMap<>();
  /** Replies per team, for agents: an agent is shown with the team most of their replies came from. */
  final Map<String, Long> teams = new HashMap<>();

  void add(CheckResult r, String week, String team) {
    total.add(r);
    if (week != null) {
      weeks.computeIfAbsent(week, w -> new Stats()).add(r);
    }
    for (Finding f : r.findings()) {
      rules.merge(f.rule(), 1L, Long::sum);
    }
    if (team != null) {
      teams.merge(team, 1L, Long::sum);
    }
  }

  void merge(Group o) {
    total.merge(o.total);
    o.weeks.forEach((w, s) -> weeks.computeIfAbsent(w, k -> new Stats()).merge(s));
    o.rules.forEach((k, v) -> rules.merge(k, v, Long::sum));
    o.teams.forEach((k, v) -> teams.merge(k, v, Long::sum));
  }
}
