package dev.garbo.cli;

import dev.garbo.Finding;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Diagnostics that read like a compiler's: where, what, why, and what to write instead. */
final class TextOutput {
  private TextOutput() {}

  static void write(PrintWriter out, List<CheckedReply> checked, List<RuleInfo> rules) {
    for (CheckedReply c : checked) {
      for (Finding f : c.findings()) {
        String where = c.file() != null ? c.file() : c.id();
        out.printf("%s:%d:%d: %s: %s [%s]%n", where, f.line(), f.column(), f.severity().code(), f.message(), f.rule());
        String text = c.result().text();
        int ls = text.lastIndexOf('\n', Math.max(0, f.start() - 1)) + 1;
        if (f.start() == 0) {
          ls = 0;
        }
        int le = text.indexOf('\n', f.start());
        if (le < 0) {
          le = text.length();
        }
        String line = text.substring(ls, le).replace('\t', ' ');
        int col = f.start() - ls;
        int len = Math.max(1, Math.min(f.end(), le) - f.start());
        if (line.length() <= 160) {
          out.println("    " + line);
          out.println("    " + " ".repeat(col) + "^" + "~".repeat(len - 1));
        }
        RuleInfo info = CheckCommand.info(rules, f.rule());
        if (info != null) {
          out.println("    why: " + firstSentence(info.why().get(c.result().language())));
        }
        if (!f.suggestions().isEmpty()) {
          out.println("    try: " + String.join("  |  ", f.suggestions()));
        }
      }
    }
    Map<Severity, Integer> counts = CheckCommand.counts(checked);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int replies = checked.size();
    StringBuilder b = new StringBuilder();
    b.append(replies).append(replies == 1 ? " reply" : " replies").append(" checked: ");
    if (total == 0) {
      b.append("nothing to coach");
    } else {
      b.append(plural(counts.getOrDefault(Severity.ERROR, 0), "error")).append(", ")
          .append(plural(counts.getOrDefault(Severity.WARNING, 0), "warning")).append(", ")
          .append(plural(counts.getOrDefault(Severity.SUGGESTION, 0), "suggestion"));
    }
    if (replies == 1) {
      b.append(" (score ").append(checked.get(0).result().score()).append("/100)");
    } else if (replies > 1) {
      b.append(" (mean score ").append(Math.round(checked.stream().mapToInt(c -> c.result().score()).average().orElse(100)))
          .append("/100)");
    }
    out.println(b);
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String firstSentence(String s) {
    int dot = s.indexOf(". ");
    return dot > 0 ? s.substring(0, dot + 1) : s;
  }
}
