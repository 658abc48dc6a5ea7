package dev.garbo.maven;

import dev.garbo.Finding;
import dev.garbo.Severity;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines the plugin logs, in Checkstyle's form: {@code file:[line,column] message [rule]}, one
 * per finding, then a total.
 */
final class Console {
  private Console() {}

  /** {@code src/main/resources/messages_it.properties:[12,9] "Nessun problema" fa pensare … [no-problem]} */
  static String line(CheckedReply reply, CheckedReply.Located l) {
    return reply.file() + ":[" + l.start().line() + "," + l.start().column() + "] " + messageWithSuggestions(l.finding())
        + " [" + l.finding().rule() + "]";
  }

  static String line(ReadProblem p) {
    return p.line() > 0 ? p.file() + ":[" + p.line() + "," + p.column() + "] " + p.problem() : p.file() + ": " + p.problem();
  }

  /** The finding's message and, when it has any, what to write instead. */
  static String messageWithSuggestions(Finding f) {
    if (f.suggestions().isEmpty()) {
      return f.message();
    }
    String message = f.message().strip();
    String tries = f.suggestions().stream().limit(3).map(s -> "\"" + s + "\"").collect(Collectors.joining(" | "));
    return message + (message.endsWith(".") || message.endsWith("?") || message.endsWith("!") ? " " : ". ") + "Try: "
        + tries;
  }

  /** {@code 3 files, 14 replies checked: 1 error, 2 warnings, 0 suggestions} */
  static String total(ProjectReport report) {
    Map<Severity, Integer> c = report.counts();
    StringBuilder b = new StringBuilder();
    b.append(plural(report.files(), "file")).append(", ").append(plural(report.replies().size(), "reply", "replies"))
        .append(" checked: ");
    if (report.findingCount() == 0) {
      b.append("nothing to coach");
    } else {
      b.append(plural(c.get(Severity.ERROR), "error")).append(", ")
          .append(plural(c.get(Severity.WARNING), "warning")).append(", ")
          .append(plural(c.get(Severity.SUGGESTION), "suggestion"));
    }
    if (!report.problems().isEmpty()) {
      b.append("; ").append(plural(report.problems().size(), "read error"));
    }
    return b.toString();
  }

  static String plural(int n, String word) {
    return plural(n, word, word + "s");
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
