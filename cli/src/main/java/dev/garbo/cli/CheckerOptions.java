package dev.garbo.cli;

import dev.garbo.Checker;
import dev.garbo.Garbo;
import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.Located;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that checks text shares: configuration, language, register, rules. */
final class CheckerOptions {
  enum LangOption { auto, en, it }

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: .garbo.yaml in the working directory or a parent).")
  Path config;

  @Option(names = "--lang", paramLabel = "auto|en|it",
      description = "Language of the replies (default: from the configuration, else detected per reply).")
  LangOption lang;

  @Option(names = "--register", paramLabel = "lei|tu|voi",
      description = "Italian register for suggestions when a reply shows none (default: lei).")
  Register register;

  @Option(names = "--grammar", negatable = true,
      description = "Also check grammar and spelling with LanguageTool (slower to start).")
  Boolean grammar;

  @Option(names = "--rule", paramLabel = "ID=off|on|SEVERITY",
      description = "Turn a rule off or on, or set its severity; repeatable (e.g. --rule no-problem=error).")
  Map<String, String> rules = new LinkedHashMap<>();

  GarboConfig config() {
    GarboConfig c;
    if (config != null) {
      if (!java.nio.file.Files.isRegularFile(config)) {
        throw new UserError(config + ": configuration file not found");
      }
      c = ConfigLoader.load(config);
    } else {
      c = ConfigLoader.loadFrom(Path.of(""));
    }
    if (lang != null) {
      c = c.withLanguage(lang == LangOption.auto ? null : Language.fromCode(lang.name()).orElseThrow());
    }
    if (register != null) {
      c = c.withRegister(register);
    }
    if (grammar != null) {
      c = c.withGrammar(grammar);
    }
    if (!rules.isEmpty()) {
      Map<Located, GarboConfig.RuleSetting> merged = new LinkedHashMap<>(c.rules());
      rules.forEach((id, v) -> merged.put(new Located(id, 0, 0), ConfigLoader.setting("--rule " + id, new Located(v, 0, 0))));
      c = c.withRules(merged);
    }
    return c;
  }

  Checker checker(GarboConfig c) {
    return Garbo.builder().config(c).build();
  }
}
