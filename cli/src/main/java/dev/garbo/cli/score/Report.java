package dev.garbo.cli.score;

import dev.garbo.RuleInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The tables every output shows, computed once from a run's tally: per agent, team, language,
 * week and rule, with the change between the archive's last week and the week before.
 */
public final class Report {

  /** Who made the report and from what; the same for every output so they can be matched. */
  public record Stamp(String version, String fingerprint, List<String> inputs) {}

  /**
   * One agent, team or language.
   *
   * @param team for agents, the team most of their replies came from
   * @param topRule the rule that fired most in their replies, or {@code null}
   * @param meanScoreChange last week's mean score minus the week before's, or {@code null}
   * @param per100Change the same for findings per 100 replies
   * @param trend mean score per week over the archive's weeks ({@code null} where no replies)
   */
  public record GroupRow(String key, String team, Stats stats, String topRule, long topRuleFindings,
      Double meanScoreChange, Double per100Change, List<Double> trend) {}

  /** One ISO week. */
  public record WeekRow(String week, LocalDate monday, Stats stats, String topRule, Double meanScoreChange,
      Double per100Change) {}

  /**
   * One rule that fired.
   *
   * @param info its metadata, or {@code null} if the checker no longer knows it
   * @param per100 its findings per 100 replies scored
   * @param share its share of all findings, in percent
   * @param meanScore mean score of the replies it fired in
   * @param trend findings per 100 replies, per week
   * @param agents the agents it fired for most (up to five), with their findings
   * @param examples its worst replies
   */
  public record RuleRow(String id, RuleInfo info, long findings, long replies, double per100, double share,
      double meanScore, String topAgent, long topAgentFindings, Double per100Change, List<Double> trend,
      List<Map.Entry<String, Long>> agents, List<Sample> examples) {}

  private final Stamp stamp;
  private final ScoreRun.Result result;
  private final Tally tally;
  private final List<String> weeks;
  private final String lastWeek;
  private final String previousWeek;
  private final List<GroupRow> agents;
  private final List<GroupRow> teams;
  private final List<GroupRow> languages;
  private final List<WeekRow> weekRows;
  private final List<RuleRow> rules;
  private final Map<String, Integer> weights;

  public Report(Stamp stamp, ScoreRun.Result result, List<RuleInfo> ruleInfos, Map<String, Integer> weights) {
    this.stamp = stamp;
    this.result = result;
    this.tally = result.tally;
    this.weights = weights;
    this.weeks = weekRange(tally.weeks.keySet());
    this.lastWeek = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1);
    this.previousWeek = lastWeek == null ? null : Times.previous(lastWeek);
    this.agents = groups(tally.agents, true);
    this.teams = groups(tally.teams, false);
    this.languages = groups(tally.languages, false);
    this.languages.sort(Comparator.comparingLong((GroupRow g) -> -g.stats().replies()).thenComparing(GroupRow::key));
    this.weekRows = buildWeekRows();
    this.rules = ruleRows(ruleInfos);
  }

  private static List<String> weekRange(java.util.Set<String> present) {
    if (present.isEmpty()) {
      return List.of();
    }
    List<String> sorted = present.stream().sorted().toList();
    List<String> out = new ArrayList<>();
    LocalDate d = Times.monday(sorted.get(0));
    LocalDate end = Times.monday(sorted.get(sorted.size() - 1));
    while (!d.isAfter(end)) {
      out.add(Times.week(d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
      d = d.plusWeeks(1);
    }
    return List.copyOf(out);
  }

  private List<GroupRow> groups(Map<String, Group> groups, boolean withTeam) {
    List<GroupRow> out = new ArrayList<>();
    groups.forEach((key, g) -> {
      Map.Entry<String, Long> top = top(g.rules);
      String team = withTeam ? (g.teams.isEmpty() ? null : top(g.teams).getKey()) : null;
      List<Double> trend = new ArrayList<>();
      for (String w : weeks) {
        Stats s = g.weeks.get(w);
        trend.add(s == null ? null : s.meanScore());
      }
      Stats last = lastWeek == null ? null : g.weeks.get(lastWeek);
      Stats prev = previousWeek == null ? null : g.weeks.get(previousWeek);
      out.add(new GroupRow(key, team, g.total, top == null ? null : top.getKey(), top == null ? 0 : top.getValue(),
          change(last, prev, Stats::meanScore), change(last, prev, Stats::per100), trend));
    });
    // who to coach first: lowest mean score, then most findings per reply
    out.sort(Comparator.comparingDouble((GroupRow g) -> g.stats().meanScore())
        .thenComparing(g -> -g.stats().per100()).thenComparing(GroupRow::key));
    return out;
  }

  private static Double change(Stats last, Stats prev, java.util.function.ToDoubleFunction<Stats> f) {
    return last == null || prev == null || last.replies == 0 || prev.replies == 0 ? null
        : f.applyAsDouble(last) - f.applyAsDouble(prev);
  }

  private List<WeekRow> buildWeekRows() {
    List<WeekRow> out = new ArrayList<>();
    Stats before = null;
    for (String w : weeks) {
      Stats s = tally.weeks.getOrDefault(w, new Stats());
      String topRule = null;
      long topCount = 0;
      for (Map.Entry<String, RuleTally> e : new java.util.TreeMap<>(tally.rules).entrySet()) {
        long n = e.getValue().weeks.getOrDefault(w, 0L);
        if (n > topCount) {
          topCount = n;
          topRule = e.getKey();
        }
      }
      out.add(new WeekRow(w, Times.monday(w), s, topRule, change(s, before, Stats::meanScore),
          change(s, before, Stats::per100)));
      before = s;
    }
    return List.copyOf(out);
  }

  private List<RuleRow> ruleRows(List<RuleInfo> infos) {
    List<RuleRow> out = new ArrayList<>();
    long allFindings = tally.total.findings;
    long replies = tally.total.replies;
    tally.rules.forEach((id, t) -> {
      RuleInfo info = infos.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
      Map.Entry<String, Long> topAgent = top(t.agents);
      List<Double> trend = new ArrayList<>();
      for (String w : weeks) {
        Stats s = tally.weeks.get(w);
        trend.add(s == null || s.replies == 0 ? null : t.weeks.getOrDefault(w, 0L) * 100.0 / s.replies);
      }
      Double change = null;
      Stats last = lastWeek == null ? null : tally.weeks.get(lastWeek);
      Stats prev = previousWeek == null ? null : tally.weeks.get(previousWeek);
      if (last != null && prev != null && last.replies > 0 && prev.replies > 0) {
        change = t.weeks.getOrDefault(lastWeek, 0L) * 100.0 / last.replies - t.weeks.getOrDefault(previousWeek, 0L) * 100.0 / prev.replies;
      }
      out.add(new RuleRow(id, info, t.findings, t.replies, replies == 0 ? 0 : t.findings * 100.0 / replies,
          allFindings == 0 ? 0 : t.findings * 100.0 / allFindings, t.replies == 0 ? 100 : t.scoreSum / (double) t.replies,
          topAgent == null ? null : topAgent.getKey(), topAgent == null ? 0 : topAgent.getValue(), change, trend,
          ranked(t.agents, 5), t.examples.list()));
    });
    out.sort(Comparator.comparingLong((RuleRow r) -> -r.findings()).thenComparing(RuleRow::id));
    return List.copyOf(out);
  }

  /** The {@code n} highest counts, ties in alphabetical order. */
  private static List<Map.Entry<String, Long>> ranked(Map<String, Long> counts, int n) {
    return counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(n).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
  }

  /** The entry with the highest count; ties go to the first name in alphabetical order. */
  private static Map.Entry<String, Long> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .orElse(null);
  }

  public Stamp stamp() {
    return stamp;
  }

  public ScoreRun.Counts counts() {
    return result.counts();
  }

  public List<Unreadable> unreadable() {
    return result.unreadable();
  }

  public Stats total() {
    return tally.total;
  }

  /** Replies by score: 0–9, 10–19, …, 90–99, and 100. */
  public long[] histogram() {
    return tally.histogram.clone();
  }

  public long withoutTime() {
    return tally.withoutTime;
  }

  public List<String> weeks() {
    return weeks;
  }

  /** The archive's last week and the one before: what every "change" compares. */
  public String lastWeek() {
    return lastWeek;
  }

  public String previousWeek() {
    return previousWeek;
  }

  public List<GroupRow> agents() {
    return agents;
  }

  public List<GroupRow> teams() {
    return teams;
  }

  public List<GroupRow> languages() {
    return languages;
  }

  public List<WeekRow> weekRows() {
    return weekRows;
  }

  public List<RuleRow> rules() {
    return rules;
  }

  public List<Sample> worst() {
    return tally.worst.list();
  }

  /** Score points each severity costs. */
  public Map<String, Integer> weights() {
    return weights;
  }

  /** Whether the export named agents at all (text transcripts do not). */
  public boolean hasAgents() {
    return !(agents.size() == 1 && Tally.NONE.equals(agents.get(0).key()));
  }

  public boolean hasTeams() {
    return !(teams.size() == 1 && Tally.NONE.equals(teams.get(0).key()));
  }
}
