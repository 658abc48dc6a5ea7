package dev.garbo.rule;

import dev.garbo.Severity;
import java.util.List;

/** Where a rule reports a finding; the engine adds the rule's metadata, position and message. */
public interface Reporter {

  /** Reports chars {@code start..end} of the reply with the rule's default severity and message. */
  default void report(int start, int end, List<String> suggestions) {
    report(start, end, suggestions, null, null);
  }

  /**
   * Reports chars {@code start..end}.
   *
   * @param severity overrides the rule's severity for this finding (a "no problem" right after a
   *     thank-you is worse), or {@code null}
   * @param message overrides the rule's message, in the reply's language, or {@code null}
   */
  void report(int start, int end, List<String> suggestions, Severity severity, String message);

  /**
   * Reports a finding of one of the rule's sub-rules (a LanguageTool rule inside the grammar group):
   * its id becomes {@code <rule id>:<subId>}, which configuration can turn off or re-grade on its own.
   */
  default void reportAs(String subId, dev.garbo.Category category, int start, int end, List<String> suggestions,
      Severity severity, String message) {
    report(start, end, suggestions, severity, message);
  }
}
