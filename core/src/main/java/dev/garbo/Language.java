package dev.garbo;

import java.util.Locale;
import java.util.Optional;

/** The languages garbo coaches. */
public enum Language {
  EN("en", "English"),
  IT("it", "Italian");

  private final String code;
  private final String displayName;

  Language(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** ISO 639-1 code, as used in JSON output and configuration. */
  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c) || l.name().equalsIgnoreCase(c) || l.displayName.equalsIgnoreCase(c)) {
        return Optional.of(l);
      }
    }
    if (c.equals("eng")) {
      return Optional.of(EN);
    }
    if (c.equals("ita") || c.equals("italiano")) {
      return Optional.of(IT);
    }
    return Optional.empty();
  }
}
