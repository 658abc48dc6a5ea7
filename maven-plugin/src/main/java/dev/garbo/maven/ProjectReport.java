package dev.garbo.maven;

import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the plugin found in a project.
 *
 * @param files how many files were read (or tried)
 * @param replies every reply checked, in file order
 * @param problems files that could not be read
 * @param rules the rules that ran, with the severities the configuration gave them
 */
record ProjectReport(int files, List<CheckedReply> replies, List<ReadProblem> problems, List<RuleInfo> rules) {

  ProjectReport {
    replies = List.copyOf(replies);
    problems = List.copyOf(problems);
    rules = List.copyOf(rules);
  }

  Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (CheckedReply r : replies) {
      for (CheckedReply.Located f : r.findings()) {
        counts.merge(f.finding().severity(), 1, Integer::sum);
      }
    }
    return counts;
  }

  int findingCount() {
    return replies.stream().mapToInt(r -> r.findings().size()).sum();
  }

  /** How many findings are at {@code threshold} or above; 0 when there is no threshold. */
  int countAtLeast(Severity threshold) {
    if (threshold == null) {
      return 0;
    }
    return (int) replies.stream().flatMap(r -> r.findings().stream())
        .filter(f -> f.finding().severity().atLeast(threshold)).count();
  }

  RuleInfo rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }
}
