package dev.garbo.cli.score;

import dev.garbo.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The summary printed when the run ends: the accounting, the headline numbers, what to coach first. */
public final class TerminalSummary {
  private static final int RULES = 10;
  private static final int AGENTS = 10;
  private static final int WORST = 5;

  private TerminalSummary() {}

  public static void print(PrintWriter out, Report r, List<RuleInfo> infos) {
    Map<String, RuleInfo> rules = infos.stream().collect(Collectors.toMap(RuleInfo::id, i -> i, (a, b) -> a));
    ScoreRun.Counts c = r.counts();
    Stats t = r.total();
    out.println("Records: " + Num.count(c.read()) + " read = " + Num.count(c.scored()) + " scored + "
        + Num.count(c.skipped()) + " skipped (customer turns) + " + Num.count(c.rejected()) + " rejected");
    if (t.replies() == 0) {
      return;
    }
    out.println();
    out.println("Mean score " + Num.fixed(t.meanScore(), 1) + "/100 · " + Num.fixed(t.flaggedPercent(), 1)
        + "% of replies flagged · " + Num.fixed(t.per100(), 1) + " findings per 100 replies");
    String change = r.lastWeek() == null ? "" : "  (change: week of " + Times.monday(r.lastWeek()) + " vs the week before)";
    if (r.rules().isEmpty()) {
      out.println("Nothing to coach.");
    } else {
      out.println();
      out.println("Rules by frequency" + change);
      int w = Math.max(4, r.rules().stream().limit(RULES).mapToInt(x -> x.id().length()).max().orElse(4));
      for (Report.RuleRow rule : r.rules().subList(0, Math.min(RULES, r.rules().size()))) {
        RuleInfo info = rules.get(rule.id());
        out.printf("  %-" + w + "s %8s %-8s %6s /100 %7s  %s%n", rule.id(), Num.count(rule.findings()),
            rule.findings() == 1 ? "finding" : "findings",
            Num.fixed(rule.per100(), 1), rule.per100Change() == null ? "" : Num.signed(rule.per100Change(), 1),
            info == null ? "" : clip(info.title().en(), 60));
      }
      more(out, r.rules().size(), RULES, "rules");
    }
    if (r.hasAgents()) {
      out.println();
      out.println("Agents to coach first (lowest mean score)");
      int w = Math.max(5, r.agents().stream().limit(AGENTS).mapToInt(a -> label(a).length()).max().orElse(5));
      for (Report.GroupRow a : r.agents().subList(0, Math.min(AGENTS, r.agents().size()))) {
        out.printf("  %-" + w + "s %7s replies  mean %5s  %6s /100  %s%n", label(a), Num.count(a.stats().replies()),
            Num.fixed(a.stats().meanScore(), 1), Num.fixed(a.stats().per100(), 1),
            a.topRule() == null ? "nothing to coach" : "most: " + a.topRule() + " ×" + a.topRuleFindings());
      }
      more(out, r.agents().size(), AGENTS, "agents");
    }
    List<Sample> worst = r.worst();
    if (!worst.isEmpty()) {
      out.println();
      out.println("Worst replies");
      for (Sample s : worst.subList(0, Math.min(WORST, worst.size()))) {
        Turn turn = s.job().turn();
        out.printf("  %3d  %s:%d%s%n", s.result().score(), turn.file().name(), turn.line(),
            turn.agent() == null ? "" : "  (" + turn.agent() + ")");
        int at = s.result().findings().get(0).start();
        out.println("       " + window(s.result().text(), at, 110));
        String fixed = s.result().fixed();
        if (!fixed.equals(s.result().text())) {
          int changed = 0;
          for (Rewording.Piece p : Rewording.fixed(s.result())) {
            if (p.changed()) {
              break;
            }
            changed += p.text().length();
          }
          out.println("    -> " + window(fixed, changed, 110));
        }
      }
    }
  }

  private static String label(Report.GroupRow a) {
    return a.team() == null ? a.key() : a.key() + " (" + a.team() + ")";
  }

  private static void more(PrintWriter out, int size, int shown, String what) {
    if (size > shown) {
      out.println("  … and " + (size - shown) + " more " + what + " (see --out)");
    }
  }

  /** About {@code width} characters of {@code text} around {@code at}, on one line. */
  static String window(String text, int at, int width) {
    int from = Math.max(0, Math.min(at - width / 3, text.length() - width));
    int to = Math.min(text.length(), from + width);
    String w = text.substring(from, to).replaceAll("\\s", " ");
    return (from > 0 ? "…" : "") + w + (to < text.length() ? "…" : "");
  }

  private static String clip(String s, int max) {
    String one = s.replaceAll("\\s+", " ").trim();
    return one.length() > max ? one.substring(0, max - 1) + "…" : one;
  }
}
