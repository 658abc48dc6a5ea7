package dev.garbo;

import java.util.List;

/**
 * Checks replies. Built once (see {@link Garbo#builder()}), immutable and safe to share between
 * threads.
 */
public interface Checker {

  /** Checks a reply, detecting its language. */
  default CheckResult check(String reply) {
    return check(reply, null, null);
  }

  /**
   * Checks a reply.
   *
   * @param reply the agent's reply
   * @param context the customer's previous message, or {@code null}
   * @param languageHint the reply's language when known, or {@code null} to detect it
   */
  CheckResult check(String reply, String context, Language languageHint);

  /** The rules this checker runs, after configuration. */
  List<RuleInfo> rules();
}
