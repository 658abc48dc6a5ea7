package dev.garbo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What garbo found in one reply.
 *
 * @param text the reply as checked
 * @param language the language it was checked in (detected or given)
 * @param register the Italian register it was read in ({@code null} for English)
 * @param findings in order of position
 * @param score 0 (rewrite it) to 100 (nothing to coach)
 */
public record CheckResult(
    String text, Language language, Register register, List<Finding> findings, int score) {

  public CheckResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    findings = List.copyOf(findings);
  }

  public boolean hasFindingsAtLeast(Severity severity) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
  }

  /**
   * The reply with the first suggestion of each finding applied. Where findings overlap, the one
   * that starts first (the longer one on ties) wins and the others are left alone, so the result is
   * always a well-formed edit of the original.
   */
  public String fixed() {
    List<Finding> applicable = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.suggestions().isEmpty()) {
        applicable.add(f);
      }
    }
    applicable.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder()));
    StringBuilder out = new StringBuilder(text.length() + 32);
    int pos = 0;
    for (Finding f : applicable) {
      if (f.start() < pos) {
        continue;
      }
      out.append(text, pos, f.start()).append(f.suggestions().get(0));
      pos = f.end();
    }
    out.append(text, pos, text.length());
    return out.toString();
  }
}
