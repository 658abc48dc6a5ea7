package dev.garbo.definition;

import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * A rule file, validated and compiled: what a rule implementation is built from.
 *
 * @param source where it was read from, for messages
 * @param implementation the Java class that implements the rule, or {@code null} for a pure phrase rule
 */
public record RuleSpec(
    String source, RuleInfo info, List<Example> examples, Map<Language, CompiledBlock> blocks, String implementation) {

  /** The block for {@code language}, or {@code null} when the rule does not cover it. */
  public CompiledBlock block(Language language) {
    return blocks.get(language);
  }
}
