package dev.garbo.engine;

import dev.garbo.Checker;
import dev.garbo.RuleInfo;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.DefinitionException;
import dev.garbo.definition.Located;
import dev.garbo.definition.RuleFiles;
import dev.garbo.definition.RuleSpec;
import dev.garbo.definition.Suggest;
import dev.garbo.pattern.PatternCompiler;
import dev.garbo.pattern.PatternSet;
import dev.garbo.pattern.PatternSyntaxException;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Assembles a checker from rule packs and a configuration; see {@link dev.garbo.Garbo}. */
public final class Engine {
  private Engine() {}

  /** Rule packs on the class path of {@code loader}, in a stable order. */
  public static List<RulePack> discover(ClassLoader loader) {
    List<RulePack> packs = new ArrayList<>();
    for (RulePack p : ServiceLoader.load(RulePack.class, loader)) {
      packs.add(p);
    }
    packs.sort(java.util.Comparator.comparing(RulePack::name));
    return packs;
  }

  public static Checker build(GarboConfig config, List<Rule> rules, ClassLoader loader) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    List<Rule> all = new ArrayList<>(rules);
    for (RuleSpec s : config.extraRules()) {
      all.add(RuleFiles.rule(s, loader));
    }
    for (Rule r : all) {
      String id = r.info().id();
      if (byId.containsKey(id)) {
        throw new IllegalStateException("two rules share the id '" + id + "'");
      }
      byId.put(id, r);
      for (String a : r.info().aliases()) {
        aliases.put(a, id);
      }
    }
    Map<String, GarboConfig.RuleSetting> settings = new LinkedHashMap<>();
    Map<String, GarboConfig.RuleSetting> subRules = new LinkedHashMap<>();
    config.rules().forEach((located, setting) -> {
      int colon = located.value().indexOf(':');
      if (colon > 0) {
        // "grammar:EN_A_VS_AN": one rule of a group; the group must exist
        String group = resolve(config, new Located(located.value().substring(0, colon), located.line(), located.column()), byId, aliases);
        subRules.put(group + located.value().substring(colon), setting);
      } else {
        settings.put(resolve(config, located, byId, aliases), setting);
      }
    });
    List<DefaultChecker.ActiveRule> active = new ArrayList<>();
    for (Rule r : byId.values()) {
      GarboConfig.RuleSetting s = settings.get(r.info().id());
      boolean enabled = s == null ? defaultEnabled(r.info(), config) : s.enabled();
      if (!enabled) {
        continue;
      }
      RuleInfo info = s != null && s.severity() != null ? r.info().withSeverity(s.severity()) : r.info();
      active.add(new DefaultChecker.ActiveRule(r, info, s != null && s.severity() != null));
    }
    List<dev.garbo.pattern.Pattern> acceptedPatterns = new ArrayList<>();
    for (String a : config.accept()) {
      try {
        acceptedPatterns.add(PatternCompiler.compile(literal(a)));
      } catch (PatternSyntaxException e) {
        throw new DefinitionException(config.source(), 0, 0, "accepted phrase '" + a + "': " + e.getMessage());
      }
    }
    return new DefaultChecker(config, active, PatternSet.of(acceptedPatterns), subRules);
  }

  /** Grammar and spelling rules run only when the configuration turns them on. */
  private static boolean defaultEnabled(RuleInfo info, GarboConfig config) {
    boolean languageTool = info.category() == dev.garbo.Category.GRAMMAR || info.category() == dev.garbo.Category.SPELLING;
    return !languageTool || config.grammar();
  }

  private static String resolve(GarboConfig config, Located id, Map<String, Rule> byId, Map<String, String> aliases) {
    String v = id.value();
    if (byId.containsKey(v)) {
      return v;
    }
    if (aliases.containsKey(v)) {
      return aliases.get(v);
    }
    List<String> known = new ArrayList<>(byId.keySet());
    String near = Suggest.closest(v, known);
    throw new DefinitionException(id.line() == 0 ? "--rule" : config.source(), id.line(), id.column(), "unknown rule '" + v + "'"
        + (near != null ? "; did you mean '" + near + "'?" : "; run 'garbo rules' to list the rule ids"));
  }

  /** An accepted phrase is plain text: quote the pattern language's special characters away. */
  private static String literal(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.trim().split("\\s+")) {
      String clean = w.replaceAll("^[!@#%(<>^$_]+|[?)|]+$", "");
      if (clean.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(clean.replace("|", ""));
    }
    return b.toString();
  }

  static List<String> ids(List<Rule> rules) {
    return rules.stream().map(r -> r.info().id()).toList();
  }
}
