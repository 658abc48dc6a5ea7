package dev.garbo;

import java.util.Locale;
import java.util.Optional;

/** What kind of harm a rule guards against; used for grouping in reports and configuration. */
public enum Category {
  /** Words that plant a negative image ("no problem", "don't worry"). */
  POSITIVITY,
  /** Refusals, deflection and leaving the customer alone with the problem. */
  OWNERSHIP,
  /** Dismissing or ignoring the customer's feelings. */
  EMPATHY,
  /** Blame, reproach, orders and condescension. */
  RESPECT,
  /** Promises that reality may break, or commitments too weak to trust. */
  COMMITMENT,
  /** Scripted phrases that carry no information. */
  SCRIPTED,
  /** Internal vocabulary and unclear wording. */
  CLARITY,
  /** Form of address and tone (tu/Lei/voi, over-familiarity). */
  REGISTER,
  /** Grammar, from LanguageTool. */
  GRAMMAR,
  /** Spelling, from LanguageTool. */
  SPELLING,
  /** Team-defined rules from configuration. */
  CUSTOM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Category> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Category c : values()) {
      if (c.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
