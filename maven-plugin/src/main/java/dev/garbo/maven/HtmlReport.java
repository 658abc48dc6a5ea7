package dev.garbo.maven;

import dev.garbo.Finding;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code garbo.html}: one self-contained page (no scripts, no external files): the totals, how often
 * each rule fired, the findings file by file (place, what was written, what to write instead), and
 * once per rule why the phrasing hurts.
 */
final class HtmlReport {
  private HtmlReport() {}

  private static final String STYLE = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
      h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.05em;margin:1.6em 0 .4em;font-family:ui-monospace,monospace}
      .total{color:#555;margin-top:0}table{border-collapse:collapse;width:100%}
      td,th{text-align:left;vertical-align:top;padding:.35em .6em;border-bottom:1px solid #e4e4e4}th{font-weight:600;color:#555}
      .at{font-family:ui-monospace,monospace;white-space:nowrap;color:#555}.key{color:#777;font-size:.9em}
      .sev{font-size:.8em;font-weight:600;padding:.1em .45em;border-radius:.3em;text-transform:uppercase}
      .error{background:#fde2e1;color:#a40e0e}.warning{background:#fff1cc;color:#7a5200}.suggestion{background:#e3eefc;color:#1c4f8a}
      q{font-style:italic}.why{color:#555;font-size:.9em}.try{color:#176c2e}.clean{color:#176c2e;font-size:1.1em}
      .problem{color:#a40e0e;font-family:ui-monospace,monospace}.n{text-align:right;width:4em}
      a{color:inherit}dt{font-weight:600;margin-top:1em}dd{margin:.2em 0 0 1.2em;color:#333}
      """;

  static void write(Writer out, ProjectReport report, String projectName) throws IOException {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>garbo: ")
        .append(esc(projectName)).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
    b.append("<h1>garbo: ").append(esc(projectName)).append("</h1>\n<p class=\"total\">")
        .append(esc(Console.total(report))).append("</p>\n");
    if (!report.problems().isEmpty()) {
      b.append("<h2>Files garbo could not read</h2>\n<ul>\n");
      for (ReadProblem p : report.problems()) {
        b.append("<li class=\"problem\">").append(esc(p.toString())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    Map<String, List<CheckedReply>> byFile = new LinkedHashMap<>();
    for (CheckedReply r : report.replies()) {
      if (!r.findings().isEmpty()) {
        byFile.computeIfAbsent(r.file(), k -> new java.util.ArrayList<>()).add(r);
      }
    }
    if (byFile.isEmpty() && report.problems().isEmpty()) {
      b.append("<p class=\"clean\">Nothing to coach.</p>\n");
    }
    Map<String, Integer> byRule = new java.util.TreeMap<>();
    for (CheckedReply r : report.replies()) {
      for (CheckedReply.Located l : r.findings()) {
        byRule.merge(l.finding().rule(), 1, Integer::sum);
      }
    }
    if (!byRule.isEmpty()) {
      b.append("<table>\n<tr><th>Rule</th><th></th><th class=\"n\">Findings</th></tr>\n");
      byRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
        RuleInfo info = report.rule(e.getKey());
        b.append("<tr><td><a href=\"#rule-").append(esc(e.getKey())).append("\">").append(esc(e.getKey()))
            .append("</a></td><td>").append(info == null ? "" : esc(info.title().get(Language.EN)))
            .append("</td><td class=\"n\">").append(e.getValue()).append("</td></tr>\n");
      });
      b.append("</table>\n");
    }
    for (Map.Entry<String, List<CheckedReply>> e : byFile.entrySet()) {
      b.append("<h2>").append(esc(e.getKey())).append("</h2>\n<table>\n")
          .append("<tr><th>Where</th><th>Severity</th><th>What was written</th><th>What to write instead</th></tr>\n");
      for (CheckedReply r : e.getValue()) {
        for (CheckedReply.Located l : r.findings()) {
          row(b, r, l);
        }
      }
      b.append("</table>\n");
    }
    if (!byRule.isEmpty()) {
      b.append("<h2>Why</h2>\n<dl>\n");
      for (String id : byRule.keySet()) {
        RuleInfo info = report.rule(id);
        b.append("<dt id=\"rule-").append(esc(id)).append("\">").append(esc(id));
        if (info != null) {
          b.append(": ").append(esc(info.title().get(Language.EN))).append("</dt>\n<dd>")
              .append(esc(info.why().get(Language.EN))).append("</dd>\n<dd lang=\"it\">")
              .append(esc(info.why().get(Language.IT))).append("</dd>\n");
        } else {
          b.append("</dt>\n");
        }
      }
      b.append("</dl>\n");
    }
    b.append("</body></html>\n");
    out.write(b.toString());
  }

  private static void row(StringBuilder b, CheckedReply r, CheckedReply.Located l) {
    Finding f = l.finding();
    Severity s = f.severity();
    b.append("<tr><td class=\"at\">").append(l.start().line()).append(':').append(l.start().column());
    if (!r.key().isEmpty()) {
      b.append("<div class=\"key\">").append(esc(r.key())).append("</div>");
    }
    b.append("</td><td><span class=\"sev ").append(s.code()).append("\">").append(s.code()).append("</span></td>");
    b.append("<td><q>").append(esc(f.text())).append("</q><div class=\"key\"><a href=\"#rule-").append(esc(f.rule()))
        .append("\">").append(esc(f.rule())).append("</a></div></td>");
    b.append("<td>").append(esc(f.message()));
    Language lang = r.result().language();
    if (!f.suggestions().isEmpty()) {
      b.append("<div class=\"try\">").append(lang == Language.IT ? "Prova: " : "Try: ");
      for (int i = 0; i < f.suggestions().size(); i++) {
        b.append(i > 0 ? " | " : "").append("<q>").append(esc(f.suggestions().get(i))).append("</q>");
      }
      b.append("</div>");
    }
    b.append("</td></tr>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
