package dev.garbo;

import java.util.Locale;
import java.util.Optional;

/**
 * Italian form of address. Customer service defaults to {@link #LEI}; a suggestion in the wrong
 * register reads as a slap, so every Italian rewording is chosen per register.
 */
public enum Register {
  LEI, TU, VOI;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Register> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Register r : values()) {
      if (r.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
