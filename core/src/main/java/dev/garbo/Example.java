package dev.garbo;

import java.util.Objects;

/**
 * One example of a rule: the test that proves it and the documentation that shows it. A firing
 * example marks the expected span with {@code [[ ]]} in its text and gives the expected first
 * suggestion; a silent example must produce no finding of the rule.
 *
 * @param language language of the reply
 * @param text the reply, markers removed
 * @param context the customer's previous message, or {@code null}
 * @param register the register to check with (Italian), or {@code null} for detection
 * @param fires whether the rule must fire
 * @param start expected span start (firing examples), else -1
 * @param end expected span end (firing examples), else -1
 * @param suggestion expected first suggestion, or {@code null} when the rule offers none
 * @param note why this example is here (hard negatives mostly), may be {@code null}
 */
public record Example(
    Language language,
    String text,
    String context,
    Register register,
    boolean fires,
    int start,
    int end,
    String suggestion,
    String note) {

  public static final String OPEN = "[[";
  public static final String CLOSE = "]]";

  public Example {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }

  /** Builds a firing example from text with the span marked as {@code [[...]]}. */
  public static Example firing(
      Language language, String marked, String suggestion, String context, Register register, String note) {
    int open = marked.indexOf(OPEN);
    int close = marked.indexOf(CLOSE, Math.max(open, 0));
    if (open < 0 || close < 0 || marked.indexOf(OPEN, open + 1) >= 0) {
      throw new IllegalArgumentException(
          "a firing example needs exactly one span marked with [[ ]]: " + marked);
    }
    String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
    return new Example(language, text, context, register, true, open, close - 2, suggestion, note);
  }

  public static Example silent(Language language, String text, String context, Register register, String note) {
    if (text.contains(OPEN)) {
      throw new IllegalArgumentException("a silent example must not mark a span: " + text);
    }
    return new Example(language, text, context, register, false, -1, -1, null, note);
  }

  /** The text with the expected span marked, for docs and failure messages. */
  public String marked() {
    if (!fires) {
      return text;
    }
    return text.substring(0, start) + OPEN + text.substring(start, end) + CLOSE + text.substring(end);
  }

  /** The reply with the expected suggestion applied, or {@code null}. */
  public String fixed() {
    if (!fires || suggestion == null) {
      return null;
    }
    return text.substring(0, start) + suggestion + text.substring(end);
  }
}
