package dev.garbo.maven;

import dev.garbo.RuleInfo;
import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.DefinitionException;
import dev.garbo.definition.Located;
import dev.garbo.definition.RuleSpec;
import dev.garbo.definition.Suggest;
import dev.garbo.engine.Engine;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code <rules>} map of the plugin configuration, laid over what {@code .garbo.yaml} says
 * about the same rules. Ids are checked here, so that a typo is reported as the POM's, with the
 * closest id, rather than as the configuration file's.
 */
final class PluginRules {
  static final String WHERE = "<rules> in the plugin configuration";

  private PluginRules() {}

  static GarboConfig apply(GarboConfig config, Map<String, String> settings, ClassLoader loader) {
    Set<String> known = knownIds(config, loader);
    Map<Located, GarboConfig.RuleSetting> merged = new LinkedHashMap<>();
    config.rules().forEach((id, s) -> {
      if (!settings.containsKey(id.value())) {
        merged.put(id, s); // the POM wins over the file for the same rule
      }
    });
    settings.forEach((id, value) -> {
      if (!known.contains(id)) {
        String near = Suggest.closest(id, known);
        throw new DefinitionException(WHERE, 0, 0, "unknown rule '" + id + "'"
            + (near != null ? "; did you mean '" + near + "'?" : "; run 'garbo rules' to list the rule ids"));
      }
      GarboConfig.RuleSetting s;
      try {
        s = ConfigLoader.setting(WHERE, new Located(value == null ? "" : value, 0, 0));
      } catch (DefinitionException e) {
        throw new DefinitionException(WHERE, 0, 0, "<" + id + ">: " + e.problem());
      }
      merged.put(new Located(id, 0, 0), s);
    });
    return config.withRules(merged);
  }

  /** Ids and former ids of every rule on the class path, and of the configuration's own rules. */
  private static Set<String> knownIds(GarboConfig config, ClassLoader loader) {
    Set<String> ids = new LinkedHashSet<>();
    for (RulePack p : Engine.discover(loader)) {
      for (Rule r : p.rules()) {
        add(ids, r.info());
      }
    }
    for (RuleSpec s : config.extraRules()) {
      add(ids, s.info());
    }
    return ids;
  }

  private static void add(Set<String> ids, RuleInfo info) {
    ids.add(info.id());
    ids.addAll(info.aliases());
  }
}
