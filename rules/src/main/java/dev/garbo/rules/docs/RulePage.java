package dev.garbo.rules.docs;

import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.rule.Rule;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule's documentation page, generated from its metadata and examples: nothing on the page is
 * written anywhere else, so it cannot drift from what the rule does.
 */
public final class RulePage {
  private RulePage() {}

  public static String markdown(Rule rule) {
    RuleInfo i = rule.info();
    StringBuilder b = new StringBuilder();
    b.append("<!-- generated from the rule's definition by RulePage; edit the rule file, not this page -->\n");
    b.append("# ").append(i.id()).append(": ").append(i.title().en()).append("\n\n");
    b.append("*").append(i.title().it()).append("*\n\n");
    b.append("| category | default severity | languages | since |").append(i.aliases().isEmpty() ? "" : " also known as |").append('\n');
    b.append("|---|---|---|---|").append(i.aliases().isEmpty() ? "" : "---|").append('\n');
    b.append("| ").append(i.category().code()).append(" | ").append(i.severity().code()).append(" | ")
        .append(i.languages().stream().sorted().map(Language::code).collect(Collectors.joining(", "))).append(" | ")
        .append(i.since()).append(" |");
    if (!i.aliases().isEmpty()) {
      b.append(' ').append(String.join(", ", i.aliases())).append(" |");
    }
    b.append("\n\n");
    for (Language lang : Language.values()) {
      if (!i.languages().contains(lang)) {
        continue;
      }
      List<Example> ex = rule.examples().stream().filter(e -> e.language() == lang).toList();
      boolean it = lang == Language.IT;
      b.append("## ").append(it ? "Italiano" : "English").append("\n\n");
      b.append(it ? "**Perché.** " : "**Why.** ").append(i.why().get(lang)).append("\n\n");
      b.append(it ? "**Cosa segnala.** " : "**What it says.** ").append(i.message().get(lang)).append("\n\n");
      List<Example> fire = ex.stream().filter(Example::fires).toList();
      if (!fire.isEmpty()) {
        b.append(it ? "### Da riformulare\n\n" : "### Flagged, and the rewording\n\n");
        for (Example e : fire) {
          b.append("- ").append(context(e, it)).append("❌ ").append(quote(e.marked().replace("[[", "**").replace("]]", "**")));
          if (e.fixed() != null) {
            b.append("<br>✅ ").append(quote(e.fixed()));
          }
          b.append('\n');
        }
        b.append('\n');
      }
      List<Example> silent = ex.stream().filter(e -> !e.fires()).toList();
      if (!silent.isEmpty()) {
        b.append(it ? "### Non segnalato\n\n" : "### Not flagged\n\n");
        for (Example e : silent) {
          b.append("- ").append(context(e, it)).append(quote(e.text()));
          if (e.note() != null) {
            b.append(" — ").append(e.note());
          }
          b.append('\n');
        }
        b.append('\n');
      }
    }
    b.append("Configure it in `.garbo.yaml`:\n\n```yaml\nrules:\n  ").append(i.id()).append(": off   # or on, suggestion, warning, error\n```\n");
    return b.toString();
  }

  private static String context(Example e, boolean it) {
    if (e.context() == null) {
      return "";
    }
    return (it ? "*Cliente:* " : "*Customer:* ") + quote(e.context()) + " → ";
  }

  private static String quote(String s) {
    return "“" + s.replace("\n", " ").replace("|", "\\|") + "”";
  }
}
