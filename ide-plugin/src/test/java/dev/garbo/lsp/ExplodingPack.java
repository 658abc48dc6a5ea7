package dev.garbo.lsp;

import dev.garbo.Category;
import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.Localized;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.util.List;
import java.util.Set;

/** A rule with a bug, on the test class path only: it throws on "kaboom", to show one failure does not stop the server. */
public final class ExplodingPack implements RulePack {
  @Override
  public String name() {
    return "test-exploding";
  }

  @Override
  public List<Rule> rules() {
    return List.of(new Rule() {
      private final RuleInfo info = new RuleInfo("test-kaboom", Category.CUSTOM, Severity.WARNING,
          Set.of(Language.EN, Language.IT), Localized.of("t", "t"), Localized.of("m", "m"), Localized.of("w", "w"),
          List.of(), "0.1");

      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public List<Example> examples() {
        return List.of();
      }

      @Override
      public void check(Reply reply, Reporter reporter) {
        if (reply.text().text().contains("kaboom")) {
          throw new IllegalStateException("a bug in a rule, for the test");
        }
      }
    });
  }
}
