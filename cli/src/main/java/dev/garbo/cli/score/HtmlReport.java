package dev.garbo.cli.score;

import dev.garbo.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (styles, script and charts inline; nothing is
 * fetched when it is opened) that a trainer can read top-down: how the team is doing, which rules
 * fire most, whom to coach first, the worst replies with their rewording, and each rule in detail.
 */
final class HtmlReport {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final Report r;
  private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
  private final List<Rejected> rejections;
  private final StringBuilder b = new StringBuilder(256 * 1024);

  private HtmlReport(Report r, List<RuleInfo> ruleInfos, List<Rejected> rejections) {
    this.r = r;
    ruleInfos.forEach(i -> rules.put(i.id(), i));
    this.rejections = rejections;
  }

  /** @param rejections the first rejected records, to show what went wrong where */
  static void write(Path file, Report report, List<RuleInfo> ruleInfos, List<Rejected> rejections) throws IOException {
    Files.writeString(file, render(report, ruleInfos, rejections), StandardCharsets.UTF_8);
  }

  static String render(Report report, List<RuleInfo> ruleInfos, List<Rejected> rejections) {
    HtmlReport h = new HtmlReport(report, ruleInfos, rejections);
    h.page();
    return h.b.toString();
  }

  private void page() {
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"generator\" content=\"garbo ").append(Html.esc(r.stamp().version())).append("\">")
        .append("<title>Coaching report · garbo</title><style>").append(resource("report.css")).append("</style></head><body>");
    header();
    b.append("<main>");
    overview();
    rulesSection();
    agentsSection();
    teamsSection();
    worstSection();
    ruleDetails();
    weeksSection();
    recordsSection();
    b.append("</main>");
    footer();
    b.append("<script>").append(resource("report.js")).append("</script></body></html>\n");
  }

  private void header() {
    Stats t = r.total();
    b.append("<header><div class=\"wrap\"><h1>Coaching report</h1><p class=\"sub\">")
        .append(Num.count(t.replies())).append(t.replies() == 1 ? " agent reply" : " agent replies");
    if (r.hasAgents()) {
      b.append(" by ").append(r.agents().size()).append(r.agents().size() == 1 ? " agent" : " agents");
    }
    if (r.hasTeams()) {
      b.append(" in ").append(r.teams().size()).append(r.teams().size() == 1 ? " team" : " teams");
    }
    if (!r.weeks().isEmpty()) {
      b.append(" · ").append(Times.monday(r.weeks().get(0)).format(DAY)).append(" – ")
          .append(Times.monday(r.lastWeek()).plusDays(6).format(DAY)).append(" (").append(r.weeks().size())
          .append(r.weeks().size() == 1 ? " week)" : " weeks)");
    }
    b.append("</p></div><nav><div class=\"wrap\"><a href=\"#overview\">Overview</a><a href=\"#rules\">Rules</a>");
    if (r.hasAgents()) {
      b.append("<a href=\"#agents\">Agents</a>");
    }
    if (r.hasTeams()) {
      b.append("<a href=\"#teams\">Teams</a>");
    }
    b.append("<a href=\"#worst\">Worst replies</a><a href=\"#rule-details\">Rule details</a><a href=\"#weeks\">Weeks</a>")
        .append("<a href=\"#records\">Records</a></div></nav></header>");
  }

  private void overview() {
    Stats t = r.total();
    Report.WeekRow last = r.weekRows().isEmpty() ? null : r.weekRows().get(r.weekRows().size() - 1);
    b.append("<section id=\"overview\"><h2>Overview</h2><div class=\"kpis\">");
    kpi("Mean score", Num.fixed(t.meanScore(), 1), "out of 100; 100 means nothing to coach",
        last == null ? null : last.meanScoreChange(), true, Charts.meanBand(t.meanScore()));
    kpi("Replies flagged", Num.fixed(t.flaggedPercent(), 1) + "%", Num.count(t.flagged()) + " of " + Num.count(t.replies())
        + " replies have something to coach", null, false, "");
    kpi("Findings per 100 replies", Num.fixed(t.per100(), 1), Num.count(t.errors()) + " errors · " + Num.count(t.warnings())
        + " warnings · " + Num.count(t.suggestions()) + " suggestions", last == null ? null : last.per100Change(), false, "");
    ScoreRun.Counts c = r.counts();
    boolean trouble = c.rejected() > 0 || !r.unreadable().isEmpty();
    kpi("Records rejected", Num.count(c.rejected()), trouble ? "see <a href=\"#records\">Records</a> for what and where"
        : "every record could be read", null, false, trouble ? "poor" : "good");
    b.append("</div>");
    b.append("<p class=\"accounting\" id=\"accounting\">").append(Num.count(c.read())).append(" records read = ")
        .append(Num.count(c.scored())).append(" agent replies scored + ").append(Num.count(c.skipped()))
        .append(" customer turns (context, not scored) + ").append(Num.count(c.rejected())).append(" rejected");
    if (last != null) {
      b.append(". Changes compare the week of ").append(Times.monday(r.lastWeek()).format(DAY))
          .append(" with the week before.");
    }
    b.append("</p>");
    long[] h = r.histogram();
    b.append("<div class=\"charts\"><figure><figcaption>Replies with something to coach, by score</figcaption>");
    if (t.flagged() == 0) {
      b.append("<p class=\"empty\">None: every reply scored 100.</p>");
    } else {
      b.append(Charts.histogram(h));
    }
    b.append("<p class=\"chart-note\"><b>").append(Num.count(h[10])).append("</b> ")
        .append(h[10] == 1 ? "reply" : "replies").append(" (").append(Num.fixed(t.replies() == 0 ? 0 : h[10] * 100.0 / t.replies(), 1))
        .append("%) scored 100: nothing to coach.</p></figure>");
    if (r.weeks().isEmpty()) {
      b.append("<figure class=\"empty\"><figcaption>Week by week</figcaption><p>The export has no times, so there is no")
          .append(" trend to draw. Map the time field with <code>--field time=COLUMN</code> to see one.</p></figure>");
    } else {
      List<Double> means = r.weekRows().stream().map(w -> w.stats().replies() == 0 ? null : w.stats().meanScore()).toList();
      List<Double> flagged = r.weekRows().stream().map(w -> w.stats().replies() == 0 ? null : w.stats().flaggedPercent()).toList();
      b.append("<figure><figcaption>Mean score by week</figcaption>")
          .append(Charts.weekly("trend-score", r.weeks(), means, floorTo(min(means, 100), 10, 100), 100, "mean score"))
          .append("</figure><figure><figcaption>Replies flagged by week (%)</figcaption>")
          .append(Charts.weekly("trend-flagged", r.weeks(), flagged, 0, Math.max(1, Charts.niceCeiling(max(flagged, 0))), "% of replies flagged"))
          .append("</figure>");
    }
    b.append("</div></section>");
  }

  private void kpi(String label, String value, String note, Double change, boolean higherIsBetter, String band) {
    b.append("<div class=\"kpi ").append(band).append("\"><div class=\"kpi-label\">").append(label)
        .append("</div><div class=\"kpi-value\">").append(value).append("</div>");
    if (change != null) {
      b.append(changeBadge(change, higherIsBetter, " vs previous week"));
    }
    b.append("<div class=\"kpi-note\">").append(note).append("</div></div>");
  }

  private static String changeBadge(Double change, boolean higherIsBetter, String suffix) {
    if (change == null) {
      return "<span class=\"chg none\" title=\"no replies in one of the two weeks\">–</span>";
    }
    String s = Num.signed(change, 1);
    String cls = s.equals("±0") ? "flat" : (change > 0) == higherIsBetter ? "better" : "worse";
    String arrow = s.equals("±0") ? "" : change > 0 ? "▲ " : "▼ ";
    return "<span class=\"chg " + cls + "\">" + arrow + s + suffix + "</span>";
  }

  private void rulesSection() {
    b.append("<section id=\"rules\"><h2>Rules by frequency</h2>");
    if (r.rules().isEmpty()) {
      b.append("<p class=\"empty\">Nothing to coach: no rule fired in ").append(Num.count(r.total().replies()))
          .append(" replies.</p></section>");
      return;
    }
    b.append("<p class=\"hint\">How often each rule fired, per 100 replies. Click a rule for why it matters, who it")
        .append(" concerns and examples.</p><div id=\"rules-chart\" class=\"hbars\">");
    double max = r.rules().get(0).per100();
    for (Report.RuleRow rule : r.rules()) {
      RuleInfo info = rule.info();
      String sev = info == null ? "warning" : info.severity().code();
      b.append("<a class=\"hbar\" href=\"#").append(Html.anchor("rule-", rule.id())).append("\"><span class=\"hbar-label\">")
          .append(Html.esc(info == null ? rule.id() : info.title().en())).append("<small>").append(Html.esc(rule.id()))
          .append(info == null ? "" : " · " + info.category().code()).append("</small></span><span class=\"hbar-track\">")
          .append("<span class=\"hbar-fill ").append(sev).append("\" style=\"width:")
          .append(Num.fixed(max == 0 ? 0 : Math.max(1.5, rule.per100() * 100 / max), 1)).append("%\"></span></span>")
          .append("<span class=\"hbar-value\"><b>").append(Num.fixed(rule.per100(), 1)).append("</b> /100 · ")
          .append(Num.count(rule.findings())).append(' ').append(changeBadge(rule.per100Change(), false, ""))
          .append("</span></a>");
    }
    b.append("</div></section>");
  }

  private void agentsSection() {
    if (!r.hasAgents()) {
      b.append("<section id=\"agents\"><h2>Agents</h2><p class=\"empty\">The export does not name agents (plain-text")
          .append(" transcripts cannot), so there is no ranking. JSON Lines or CSV exports with an <code>agent</code>")
          .append(" field get one.</p></section>");
      return;
    }
    b.append("<section id=\"agents\"><h2>Agents, whom to coach first</h2><p class=\"hint\">Lowest mean score first.")
        .append(" The trend is the mean score week by week; the change compares the last week with the one before.")
        .append(" Click a column to sort.</p><input type=\"search\" class=\"filter\" data-table=\"agents-table\"")
        .append(" placeholder=\"Filter agents or teams…\" aria-label=\"Filter agents\">");
    groupTable("agents-table", "Agent", r.agents(), true);
    b.append("</section>");
  }

  private void teamsSection() {
    if (!r.hasTeams()) {
      return;
    }
    b.append("<section id=\"teams\"><h2>Teams</h2>");
    groupTable("teams-table", "Team", r.teams(), false);
    b.append("</section>");
  }

  private void groupTable(String id, String keyName, List<Report.GroupRow> rows, boolean withTeam) {
    double low = 100;
    for (Report.GroupRow g : rows) {
      for (Double v : g.trend()) {
        if (v != null) {
          low = Math.min(low, v);
        }
      }
    }
    double sparkMin = floorTo(low, 10, 100);
    b.append("<div class=\"scroll\"><table id=\"").append(id).append("\" class=\"sortable\"><thead><tr>")
        .append("<th data-sort=\"num\">#</th><th data-sort=\"text\">").append(keyName).append("</th>");
    if (withTeam) {
      b.append("<th data-sort=\"text\">Team</th>");
    }
    b.append("<th data-sort=\"num\">Replies</th><th data-sort=\"num\">Mean score</th><th data-sort=\"num\">Flagged</th>")
        .append("<th data-sort=\"num\">Findings /100</th><th data-sort=\"text\">Most frequent rule</th><th>Trend</th>")
        .append("<th data-sort=\"num\" title=\"mean score in the last week minus the week before\">Last week</th></tr></thead><tbody>");
    int rank = 0;
    for (Report.GroupRow g : rows) {
      rank++;
      Stats s = g.stats();
      // rows with nothing to coach stay for the ranking, but step back so the eye goes to the others
      b.append(s.findings() == 0 ? "<tr class=\"clean\">" : "<tr>").append("<td data-v=\"").append(rank).append("\">")
          .append(rank).append("</td><td>")
          .append(Tally.NONE.equals(g.key()) ? "<i class=\"muted\" title=\"replies from files that name no "
              + keyName.toLowerCase(Locale.ROOT) + ", such as plain-text transcripts\">not named</i>"
              : "<b>" + Html.esc(g.key()) + "</b>").append("</td>");
      if (withTeam) {
        b.append("<td>").append(Html.esc(g.team() == null ? "–" : g.team())).append("</td>");
      }
      b.append("<td data-v=\"").append(s.replies()).append("\">").append(Num.count(s.replies())).append("</td>")
          .append("<td class=\"nowrap\" data-v=\"").append(Num.fixed(s.meanScore(), 2)).append("\"><span class=\"meter\"><span class=\"")
          .append(Charts.meanBand(s.meanScore())).append("\" style=\"width:").append(Num.fixed(s.meanScore(), 1))
          .append("%\"></span></span> ").append(Num.fixed(s.meanScore(), 1)).append("</td>")
          .append("<td data-v=\"").append(Num.fixed(s.flaggedPercent(), 2)).append("\">").append(Num.fixed(s.flaggedPercent(), 1))
          .append("%</td><td data-v=\"").append(Num.fixed(s.per100(), 2)).append("\">").append(Num.fixed(s.per100(), 1))
          .append("</td><td>");
      if (g.topRule() == null) {
        b.append("<span class=\"muted\">nothing to coach</span>");
      } else {
        RuleInfo info = rules.get(g.topRule());
        b.append("<a href=\"#").append(Html.anchor("rule-", g.topRule())).append("\">")
            .append(Html.esc(info == null ? g.topRule() : info.title().en())).append("</a> <span class=\"muted\">×")
            .append(g.topRuleFindings()).append("</span>");
      }
      b.append("</td><td>").append(Charts.spark(g.trend(), sparkMin, 100, "mean score by week for " + g.key()))
          .append("</td><td data-v=\"").append(g.meanScoreChange() == null ? "" : Num.fixed(g.meanScoreChange(), 2))
          .append("\">").append(changeBadge(g.meanScoreChange(), true, "")).append("</td></tr>");
    }
    b.append("</tbody></table></div>");
  }

  private void worstSection() {
    b.append("<section id=\"worst\"><h2>Worst replies, with a rewording</h2>");
    List<Sample> worst = r.worst();
    if (worst.isEmpty()) {
      b.append("<p class=\"empty\">No reply had anything to coach.</p></section>");
      return;
    }
    b.append("<p class=\"hint\">The ").append(worst.size()).append(" lowest-scoring replies. Hover a marked phrase for")
        .append(" what garbo says about it; the rewording applies each first suggestion, as")
        .append(" <code>garbo check --fix</code> would.</p><div class=\"cards\">");
    for (Sample s : worst) {
      ReplyCard.write(b, s, rules);
    }
    b.append("</div></section>");
  }

  private void ruleDetails() {
    b.append("<section id=\"rule-details\"><h2>Rule details</h2>");
    if (r.rules().isEmpty()) {
      b.append("<p class=\"empty\">No rule fired.</p></section>");
      return;
    }
    b.append("<p class=\"hint\"><button type=\"button\" id=\"expand-all\">Open all</button> One panel per rule that fired,")
        .append(" most frequent first.</p>");
    boolean first = true;
    for (Report.RuleRow rule : r.rules()) {
      RuleInfo info = rule.info();
      b.append("<details class=\"rule\" id=\"").append(Html.anchor("rule-", rule.id())).append('"')
          .append(first ? " open" : "").append("><summary><span class=\"rule-title\">")
          .append(Html.esc(info == null ? rule.id() : info.title().en())).append("</span>");
      if (info != null) {
        b.append("<span class=\"sev ").append(info.severity().code()).append("\">").append(info.severity().code())
            .append("</span><span class=\"chip\">").append(info.category().code()).append("</span>");
      }
      b.append("<span class=\"rule-count\">").append(Num.count(rule.findings()))
          .append(rule.findings() == 1 ? " finding · " : " findings · ")
          .append(Num.fixed(rule.per100(), 1)).append(" per 100 replies</span></summary><div class=\"rule-body\">");
      if (info != null) {
        b.append("<p class=\"why\"><b>Why it matters.</b> ").append(Html.esc(info.why().en())).append("</p>");
      }
      b.append("<div class=\"rule-facts\"><div><span class=\"muted\">Replies</span><b>").append(Num.count(rule.replies()))
          .append("</b></div><div><span class=\"muted\">Share of all findings</span><b>").append(Num.fixed(rule.share(), 1))
          .append("%</b></div><div><span class=\"muted\">Mean score of these replies</span><b>")
          .append(Num.fixed(rule.meanScore(), 1)).append("</b></div><div><span class=\"muted\">Per 100 replies, by week</span>")
          .append(Charts.spark(rule.trend(), 0, Math.max(1, ceilTo(max(rule.trend(), 0), 1)),
              "findings per 100 replies by week: " + rule.id()))
          .append(changeBadge(rule.per100Change(), false, " vs previous week")).append("</div></div>");
      if (r.hasAgents() && !rule.agents().isEmpty()) {
        b.append("<p><span class=\"muted\">Fired most for:</span> ");
        boolean comma = false;
        for (Map.Entry<String, Long> a : rule.agents()) {
          b.append(comma ? ", " : "").append("<b>").append(Html.esc(a.getKey())).append("</b> ×").append(a.getValue());
          comma = true;
        }
        b.append("</p>");
      }
      b.append("<div class=\"cards\">");
      for (Sample s : rule.examples()) {
        ReplyCard.write(b, s, rules);
      }
      b.append("</div></div></details>");
      first = false;
    }
    b.append("</section>");
  }

  private void weeksSection() {
    b.append("<section id=\"weeks\"><h2>Weeks and languages</h2>");
    if (r.weekRows().isEmpty()) {
      b.append("<p class=\"empty\">No times in the export.</p>");
    } else {
      b.append("<div class=\"scroll\"><table id=\"weeks-table\" class=\"sortable\"><thead><tr><th data-sort=\"text\">Week</th>")
          .append("<th data-sort=\"num\">Replies</th><th data-sort=\"num\">Mean score</th><th data-sort=\"num\">Flagged</th>")
          .append("<th data-sort=\"num\">Findings /100</th><th data-sort=\"text\">Top rule</th><th data-sort=\"num\" title=\"mean score minus the week before's\">vs week before</th>")
          .append("</tr></thead><tbody>");
      for (Report.WeekRow w : r.weekRows()) {
        Stats s = w.stats();
        b.append("<tr><td data-v=\"").append(w.week()).append("\">").append(w.monday().format(DAY)).append(" <span class=\"muted\">")
            .append(w.week()).append("</span></td><td data-v=\"").append(s.replies()).append("\">").append(Num.count(s.replies()))
            .append("</td><td data-v=\"").append(Num.fixed(s.meanScore(), 2)).append("\">")
            .append(s.replies() == 0 ? "–" : Num.fixed(s.meanScore(), 1)).append("</td><td data-v=\"")
            .append(Num.fixed(s.flaggedPercent(), 2)).append("\">").append(Num.fixed(s.flaggedPercent(), 1))
            .append("%</td><td data-v=\"").append(Num.fixed(s.per100(), 2)).append("\">").append(Num.fixed(s.per100(), 1))
            .append("</td><td>").append(w.topRule() == null ? "–" : Html.esc(title(w.topRule()))).append("</td><td data-v=\"")
            .append(w.meanScoreChange() == null ? "" : Num.fixed(w.meanScoreChange(), 2)).append("\">")
            .append(changeBadge(w.meanScoreChange(), true, "")).append("</td></tr>");
      }
      b.append("</tbody></table></div>");
      if (r.withoutTime() > 0) {
        b.append("<p class=\"hint\">").append(Num.count(r.withoutTime())).append(" replies had no time and are in no week.</p>");
      }
    }
    b.append("<div class=\"scroll\"><table id=\"languages-table\"><thead><tr><th>Language</th><th>Replies</th>")
        .append("<th>Mean score</th><th>Flagged</th><th>Findings /100</th><th>Most frequent rule</th></tr></thead><tbody>");
    for (Report.GroupRow g : r.languages()) {
      Stats s = g.stats();
      b.append("<tr><td>").append(Html.esc(language(g.key()))).append("</td><td>").append(Num.count(s.replies()))
          .append("</td><td>").append(Num.fixed(s.meanScore(), 1)).append("</td><td>").append(Num.fixed(s.flaggedPercent(), 1))
          .append("%</td><td>").append(Num.fixed(s.per100(), 1)).append("</td><td>")
          .append(g.topRule() == null ? "–" : Html.esc(title(g.topRule()))).append("</td></tr>");
    }
    b.append("</tbody></table></div></section>");
  }

  private void recordsSection() {
    ScoreRun.Counts c = r.counts();
    b.append("<section id=\"records\"><h2>Records</h2><table class=\"counts\"><tbody>")
        .append("<tr><td>Records read</td><td>").append(Num.count(c.read())).append("</td></tr>")
        .append("<tr><td>Agent replies scored</td><td>").append(Num.count(c.scored())).append("</td></tr>")
        .append("<tr><td>Customer turns (context only)</td><td>").append(Num.count(c.skipped())).append("</td></tr>")
        .append("<tr class=\"").append(c.rejected() > 0 ? "bad" : "").append("\"><td>Rejected</td><td>")
        .append(Num.count(c.rejected())).append("</td></tr></tbody></table>");
    if (!rejections.isEmpty()) {
      b.append("<p>Rejected records").append(c.rejected() > rejections.size() ? " (the first " + rejections.size()
          + "; all are in <code>rejected.csv</code>)" : "").append(":</p><ul class=\"rejected\">");
      for (Rejected x : rejections) {
        b.append("<li><code>").append(Html.esc(x.file().name())).append(':').append(x.line()).append("</code> ")
            .append(Html.esc(x.reason())).append("</li>");
      }
      b.append("</ul>");
    }
    if (!r.unreadable().isEmpty()) {
      b.append("<p class=\"bad\">Files that could not be read to the end:</p><ul class=\"rejected\">");
      for (Unreadable u : r.unreadable()) {
        b.append("<li><code>").append(Html.esc(u.file().name())).append("</code> ").append(Html.esc(u.message())).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("<p class=\"hint\">Inputs: ");
    boolean comma = false;
    for (String i : r.stamp().inputs()) {
      b.append(comma ? ", " : "").append("<code>").append(Html.esc(i)).append("</code>");
      comma = true;
    }
    b.append("</p></section>");
  }

  private void footer() {
    Map<String, Integer> w = r.weights();
    b.append("<footer><div class=\"wrap\"><p>Each reply scores 100 minus ");
    boolean comma = false;
    for (Map.Entry<String, Integer> e : w.entrySet()) {
      b.append(comma ? ", " : "").append(e.getValue()).append(" per ").append(e.getKey());
      comma = true;
    }
    b.append(" (never below 0). Weeks are ISO weeks in UTC.</p><p>garbo ").append(Html.esc(r.stamp().version()))
        .append(" · rules and configuration fingerprint <code id=\"fingerprint\" title=\"")
        .append(Html.esc(r.stamp().fingerprint())).append("\">").append(Html.esc(shortPrint(r.stamp().fingerprint())))
        .append("</code>: reports with the same fingerprint scored replies the same way and can be compared.</p>")
        .append("</div></footer>");
  }

  private String title(String rule) {
    RuleInfo info = rules.get(rule);
    return info == null ? rule : info.title().en();
  }

  private static String language(String code) {
    return dev.garbo.Language.fromCode(code).map(dev.garbo.Language::displayName).orElse(code);
  }

  private static String shortPrint(String fingerprint) {
    int colon = fingerprint.indexOf(':');
    return fingerprint.substring(colon + 1, Math.min(fingerprint.length(), colon + 13));
  }

  private static double min(List<Double> values, double otherwise) {
    return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(otherwise);
  }

  private static double max(List<Double> values, double otherwise) {
    return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(otherwise);
  }

  private static double floorTo(double v, double step, double cap) {
    return Math.min(cap - step, Math.floor(v / step) * step);
  }

  private static double ceilTo(double v, double step) {
    return Math.max(step, Math.ceil(v / step) * step);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
