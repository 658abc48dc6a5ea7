package dev.garbo.rule;

import dev.garbo.Example;
import dev.garbo.RuleInfo;
import java.util.List;

/**
 * A coaching rule: its metadata, its examples (which are its tests and its documentation) and its
 * check. Implementations must be immutable and thread-safe: one instance serves every thread.
 */
public interface Rule {

  RuleInfo info();

  List<Example> examples();

  /** Looks at one reply and reports what it finds. */
  void check(Reply reply, Reporter reporter);

  /**
   * Words (folded) of which a reply in {@code language} must contain at least one for this rule to
   * have anything to say, or {@code null} when the rule must always run. The engine uses it to skip
   * rules with one hash lookup per token instead of running each rule.
   */
  default java.util.Set<String> triggers(dev.garbo.Language language) {
    return null;
  }
}
