package dev.garbo.lsp;

import dev.garbo.config.GarboConfig;
import dev.garbo.definition.RuleFiles;
import dev.garbo.definition.RuleSpec;
import dev.garbo.engine.Engine;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule the server can report, by id and alias, for hovers (the why, an example) and to check
 * rule ids in the editor's settings. The rules of the team's {@code .garbo.yaml} are included but
 * have no page on the web.
 */
final class RuleCatalog {
  /** Where the generated rule pages ({@code RulePage}) are published; {@code <id>.md} is appended. */
  static final String RULE_PAGES = "https://github.com/garbo-dev/garbo/blob/main/docs/rules/";

  private final Map<String, Rule> byId;
  private final Map<String, String> canonical;
  private final Set<String> published;

  private RuleCatalog(Map<String, Rule> byId, Map<String, String> canonical, Set<String> published) {
    this.byId = byId;
    this.canonical = canonical;
    this.published = published;
  }

  static RuleCatalog of(GarboConfig config, ClassLoader loader) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    Map<String, String> canonical = new LinkedHashMap<>();
    for (RulePack pack : Engine.discover(loader)) {
      for (Rule r : pack.rules()) {
        add(r, byId, canonical);
      }
    }
    Set<String> published = Set.copyOf(byId.keySet());
    for (RuleSpec spec : config.extraRules()) {
      add(RuleFiles.rule(spec, loader), byId, canonical);
    }
    return new RuleCatalog(Map.copyOf(byId), Map.copyOf(canonical), published);
  }

  private static void add(Rule r, Map<String, Rule> byId, Map<String, String> canonical) {
    String id = r.info().id();
    byId.putIfAbsent(id, r);
    canonical.putIfAbsent(id, id);
    for (String alias : r.info().aliases()) {
      canonical.putIfAbsent(alias, id);
    }
  }

  Optional<Rule> rule(String id) {
    String c = canonical.get(id);
    return c == null ? Optional.empty() : Optional.ofNullable(byId.get(c));
  }

  /** The id a rule id or alias stands for, or null when no rule has it. */
  String canonical(String idOrAlias) {
    return canonical.get(idOrAlias);
  }

  Set<String> ids() {
    return byId.keySet();
  }

  /** The rule's page, or empty for the team's own rules, which have none. */
  Optional<String> page(String id) {
    return published.contains(id) ? Optional.of(RULE_PAGES + id + ".md") : Optional.empty();
  }
}
