package dev.garbo.cli;

import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import dev.garbo.engine.Engine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code garbo rules}: the catalogue at a glance. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rules: id, category, default severity, languages and title.",
    footer = {"", "Run 'garbo explain ID' for a rule's page: why it matters, examples, how to configure it."})
public final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "en|it", description = "Titles in this language (default: en).")
  String lang = "en";

  static List<Rule> allRules() {
    List<Rule> rules = new ArrayList<>();
    for (RulePack p : Engine.discover(RulesCommand.class.getClassLoader())) {
      rules.addAll(p.rules());
    }
    rules.sort(Comparator.comparing((Rule r) -> r.info().category()).thenComparing(r -> r.info().id()));
    return rules;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Language l = Language.fromCode(lang).orElseThrow(() -> new UserError("unknown language '" + lang + "'; expected en or it"));
    List<Rule> rules = allRules();
    int w = rules.stream().mapToInt(r -> r.info().id().length()).max().orElse(10);
    out.printf("%-" + w + "s  %-10s  %-10s  %-6s  %s%n", "ID", "CATEGORY", "SEVERITY", "LANG", "TITLE");
    for (Rule r : rules) {
      RuleInfo i = r.info();
      out.printf("%-" + w + "s  %-10s  %-10s  %-6s  %s%n", i.id(), i.category().code(), i.severity().code(),
          i.languages().stream().sorted().map(Language::code).collect(Collectors.joining(",")), i.title().get(l));
    }
    out.println();
    out.println(rules.size() + " rules. Grammar and spelling rules come from LanguageTool (--grammar).");
    return 0;
  }
}
