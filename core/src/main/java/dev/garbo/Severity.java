package dev.garbo;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, in increasing order. */
public enum Severity {
  /** Worth knowing. */
  SUGGESTION,
  /** Coach this. */
  WARNING,
  /** Would embarrass the brand. */
  ERROR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Severity> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
