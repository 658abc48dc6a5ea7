package dev.garbo;

import java.util.Objects;

/** A text in both languages garbo speaks. */
public record Localized(String en, String it) {
  public Localized {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(it, "it");
  }

  public static Localized of(String en, String it) {
    return new Localized(en, it);
  }

  public String get(Language language) {
    return language == Language.IT ? it : en;
  }
}
