package dev.garbo.cli;

import dev.garbo.definition.Suggest;
import dev.garbo.rule.Rule;
import dev.garbo.rules.docs.RulePage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code garbo explain ID}: a rule's page in the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Prints a rule's page: why it matters, what it flags and what it leaves alone, with examples.")
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The rule id (see 'garbo rules').")
  String id;

  @Override
  public Integer call() {
    List<Rule> rules = RulesCommand.allRules();
    for (Rule r : rules) {
      if (r.info().id().equals(id) || r.info().aliases().contains(id)) {
        spec.commandLine().getOut().print(RulePage.markdown(r));
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
    String near = Suggest.closest(id, rules.stream().map(r -> r.info().id()).toList());
    throw new UserError("unknown rule '" + id + "'" + (near != null ? "; did you mean '" + near + "'?" : "")
        + " (run 'garbo rules' to list them)");
  }
}
