package dev.garbo;

import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import dev.garbo.engine.Engine;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds checkers.
 *
 * <pre>{@code
 * Checker checker = Garbo.builder().build();                 // every rule pack on the class path
 * CheckResult r = checker.check("No problem, happy to help!");
 * r.findings();  // no-problem at 0..10, suggestion "My pleasure"
 * r.fixed();     // "My pleasure, happy to help!"
 * }</pre>
 */
public final class Garbo {
  private Garbo() {}

  public static Builder builder() {
    return new Builder();
  }

  /** A checker with every rule pack on the class path and the default configuration. */
  public static Checker checker() {
    return builder().build();
  }

  /** Collects the parts of a checker; not thread-safe, the checker it builds is. */
  public static final class Builder {
    private GarboConfig config = GarboConfig.defaults();
    private final List<Rule> rules = new ArrayList<>();
    private final List<RulePack> packs = new ArrayList<>();
    private boolean discover = true;
    private ClassLoader loader = Garbo.class.getClassLoader();

    private Builder() {}

    public Builder config(GarboConfig config) {
      this.config = config;
      return this;
    }

    /** Reads a {@code .garbo.yaml}. */
    public Builder config(Path file) {
      this.config = ConfigLoader.load(file);
      return this;
    }

    /** The language to use when a reply's language is not given ({@code null}: detect). */
    public Builder language(Language language) {
      this.config = config.withLanguage(language);
      return this;
    }

    public Builder register(Register register) {
      this.config = config.withRegister(register);
      return this;
    }

    /** Turns LanguageTool's grammar and spelling rules on or off. */
    public Builder grammar(boolean on) {
      this.config = config.withGrammar(on);
      return this;
    }

    public Builder addRule(Rule rule) {
      rules.add(rule);
      return this;
    }

    public Builder addPack(RulePack pack) {
      packs.add(pack);
      return this;
    }

    /** Whether to add the rule packs found through {@link java.util.ServiceLoader} (default yes). */
    public Builder discoverPacks(boolean discover) {
      this.discover = discover;
      return this;
    }

    public Builder classLoader(ClassLoader loader) {
      this.loader = loader;
      return this;
    }

    /**
     * Builds the checker.
     *
     * @throws dev.garbo.definition.DefinitionException when a rule file or the configuration is
     *     wrong (unknown rule id, bad pattern), with the place and what was expected
     */
    public Checker build() {
      List<Rule> all = new ArrayList<>();
      List<RulePack> p = new ArrayList<>(packs);
      if (discover) {
        p.addAll(Engine.discover(loader));
      }
      for (RulePack pack : p) {
        all.addAll(pack.rules());
      }
      all.addAll(rules);
      return Engine.build(config, all, loader);
    }
  }
}
