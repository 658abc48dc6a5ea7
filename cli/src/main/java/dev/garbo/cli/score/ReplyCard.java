package dev.garbo.cli.score;

import dev.garbo.Finding;
import dev.garbo.RuleInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** One reply as the report shows it: who and when, the customer's message, the reply marked, the rewording. */
final class ReplyCard {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private ReplyCard() {}

  static void write(StringBuilder b, Sample s, Map<String, RuleInfo> rules) {
    Turn t = s.job().turn();
    int score = s.result().score();
    b.append("<article class=\"reply\">");
    b.append("<div class=\"reply-head\"><span class=\"score ").append(Charts.band(score)).append("\" title=\"score\">")
        .append(score).append("</span><span class=\"who\">");
    b.append(t.agent() == null ? "agent not named" : "<b>" + Html.esc(t.agent()) + "</b>");
    if (t.team() != null) {
      b.append(" · team ").append(Html.esc(t.team()));
    }
    if (t.time() != null) {
      b.append(" · ").append(t.time().atOffset(ZoneOffset.UTC).format(WHEN));
    }
    b.append("</span><span class=\"where\" title=\"conversation ").append(Html.esc(t.conversation())).append("\">")
        .append(Html.esc(t.file().name())).append(':').append(t.line()).append("</span></div>");
    if (s.job().context() != null) {
      b.append("<div class=\"turn customer\"><span class=\"role\">Customer</span><p>")
          .append(Html.esc(Html.clip(s.job().context(), 400))).append("</p></div>");
    }
    b.append("<div class=\"turn agent\"><span class=\"role\">Agent wrote</span><p>")
        .append(Rewording.markedHtml(s.result())).append("</p></div>");
    String fixed = s.result().fixed();
    if (!fixed.equals(s.result().text())) {
      b.append("<div class=\"turn fixed\"><span class=\"role\">Suggested rewording</span><p>")
          .append(Rewording.fixedHtml(s.result())).append("</p></div>");
    }
    b.append("<ul class=\"findings\">");
    for (Finding f : s.result().findings()) {
      RuleInfo info = rules.get(f.rule());
      b.append("<li><span class=\"sev ").append(f.severity().code()).append("\">").append(f.severity().code())
          .append("</span> <a href=\"#").append(Html.anchor("rule-", f.rule())).append("\">")
          .append(Html.esc(info != null ? info.title().en() : f.rule())).append("</a>: <q>")
          .append(Html.esc(f.text())).append("</q>");
      if (info == null || !f.message().equals(info.title().en())) {
        b.append(" — ").append(Html.esc(f.message()));
      }
      if (!f.suggestions().isEmpty()) {
        b.append(" <span class=\"try\">Try: ").append(Html.esc(String.join(" · ", f.suggestions()))).append("</span>");
      }
      b.append("</li>");
    }
    b.append("</ul></article>");
  }
}
