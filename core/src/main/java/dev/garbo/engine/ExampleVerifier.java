package dev.garbo.engine;

import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Example;
import dev.garbo.Finding;
import dev.garbo.Garbo;
import dev.garbo.Register;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs a rule's examples: each firing example must produce a finding of the rule on exactly the
 * marked span with the expected first suggestion; each silent one must produce none. Public so a
 * company's own rule pack can test itself the way garbo's does.
 */
public final class ExampleVerifier {
  private final Map<java.util.Optional<Register>, Checker> checkers = new java.util.HashMap<>();
  private final List<RulePack> packs;

  /** Verifies against checkers holding all of {@code packs} (so rules see each other as in use). */
  public ExampleVerifier(List<RulePack> packs) {
    this.packs = List.copyOf(packs);
  }

  private Checker checker(Register register) {
    return checkers.computeIfAbsent(java.util.Optional.ofNullable(register), r -> {
      // grammar on, so the LanguageTool group's examples run too
      Garbo.Builder b = Garbo.builder().discoverPacks(false).register(r.orElse(null)).grammar(true);
      packs.forEach(b::addPack);
      return b.build();
    });
  }

  /** What is wrong with {@code example} of {@code rule}; empty when it holds. */
  public List<String> verify(Rule rule, Example example) {
    CheckResult result = checker(example.register()).check(example.text(), example.context(), example.language());
    String id = rule.info().id();
    List<Finding> mine = result.findings().stream()
        .filter(f -> f.rule().equals(id) || f.rule().startsWith(id + ":")).toList();
    List<String> problems = new ArrayList<>();
    if (!example.fires()) {
      for (Finding f : mine) {
        problems.add("must stay silent but fired on '" + f.text() + "' at " + f.start() + ".." + f.end());
      }
      return problems;
    }
    Finding exact = mine.stream().filter(f -> f.start() == example.start() && f.end() == example.end()).findFirst().orElse(null);
    if (exact == null) {
      problems.add("must fire on '" + example.text().substring(example.start(), example.end()) + "' at "
          + example.start() + ".." + example.end() + " but " + (mine.isEmpty() ? "did not fire"
          : "fired on " + mine.stream().map(f -> "'" + f.text() + "' at " + f.start() + ".." + f.end())
              .collect(Collectors.joining(", "))));
      return problems;
    }
    if (example.suggestion() != null) {
      String first = exact.suggestions().isEmpty() ? null : exact.suggestions().get(0);
      if (!example.suggestion().equals(first)) {
        problems.add("first suggestion should be '" + example.suggestion() + "' but was "
            + (first == null ? "none" : "'" + first + "'") + " (all: " + exact.suggestions() + ")");
      }
    }
    return problems;
  }
}
