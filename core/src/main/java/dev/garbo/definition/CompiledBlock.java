package dev.garbo.definition;

import dev.garbo.Severity;
import dev.garbo.pattern.PatternSet;
import java.util.List;
import java.util.Map;

/**
 * One language of a rule, compiled: the patterns that make it fire (with their suggestions), the
 * patterns that keep it silent, and any named pattern sets its Java logic uses.
 */
public record CompiledBlock(
    PatternSet<Trigger> patterns,
    PatternSet<Void> unless,
    PatternSet<Void> unlessSentence,
    PatternSet<Void> unlessReply,
    PatternSet<Void> escalateAfter,
    Severity escalateTo,
    Map<String, PatternSet<Void>> sets) {

  /** What a firing pattern brings: suggestions, an optional severity and a context condition. */
  public record Trigger(List<Suggestion> suggestions, Severity severity, PatternSet<Void> after, dev.garbo.Localized message) {}

  /** A named pattern set; empty if the rule file does not define it for this language. */
  public PatternSet<Void> set(String name) {
    PatternSet<Void> s = sets.get(name);
    return s != null ? s : new PatternSet<>(List.of());
  }
}
