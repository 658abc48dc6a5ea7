package dev.garbo.lsp;

import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.lsp.DocumentCheck.Reported;
import dev.garbo.rule.Rule;
import java.util.Optional;

/** What the hover over a finding says: the rule, why it matters and a good example, in the reply's language. */
final class RuleHover {
  private RuleHover() {}

  static String markdown(Reported r, RuleCatalog catalog) {
    Language lang = r.language();
    boolean it = lang == Language.IT;
    StringBuilder b = new StringBuilder();
    Optional<Rule> rule = catalog.rule(r.finding().rule());
    b.append("**garbo · `").append(r.finding().rule()).append("`**");
    rule.ifPresent(x -> b.append(" — ").append(x.info().title().get(lang)));
    b.append("\n\n").append(r.finding().message()).append("\n\n");
    if (rule.isPresent()) {
      RuleInfo info = rule.get().info();
      b.append(it ? "**Perché.** " : "**Why.** ").append(info.why().get(lang)).append("\n\n");
      example(rule.get(), lang).ifPresent(e -> {
        b.append(it ? "**Esempio.**\n\n" : "**Example.**\n\n");
        if (e.context() != null) {
          b.append("> ").append(it ? "*Cliente:* " : "*Customer:* ").append(e.context()).append("\n\n");
        }
        b.append("❌ ").append(e.marked().replace(Example.OPEN, "**").replace(Example.CLOSE, "**")).append("  \n");
        b.append("✅ ").append(e.fixed()).append("\n\n");
      });
    }
    if (!r.finding().suggestions().isEmpty()) {
      b.append(it ? "**Proposte:** " : "**Try:** ");
      b.append(String.join(" · ", r.finding().suggestions().stream().map(s -> "“" + s + "”").toList())).append("\n\n");
    }
    catalog.page(r.finding().rule()).ifPresent(url -> b.append("[").append(it ? "Pagina della regola" : "Rule page")
        .append("](").append(url).append(")\n"));
    return b.toString().stripTrailing();
  }

  /** The same, without Markdown, for editors that show plain text. */
  static String plain(Reported r, RuleCatalog catalog) {
    return markdown(r, catalog).replace("**", "").replace("`", "").replaceAll("\\[([^]]+)]\\(([^)]+)\\)", "$1: $2");
  }

  /** A flagged example with its rewording, in the reply's language (the first one, as on the rule's page). */
  private static Optional<Example> example(Rule rule, Language lang) {
    return rule.examples().stream().filter(e -> e.language() == lang && e.fires() && e.fixed() != null).findFirst();
  }
}
