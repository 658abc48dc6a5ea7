package dev.garbo;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about a rule that is not its logic: the single place its metadata lives, from which
 * the CLI, the docs and the editor all read.
 *
 * @param id stable identifier, never renamed (old names go to {@code aliases})
 * @param category what kind of harm it guards against
 * @param severity default severity (configurable)
 * @param languages languages the rule covers
 * @param title one line, shown in listings
 * @param message what the finding says, shown beside the span
 * @param why what the phrasing does to the customer
 * @param aliases former ids, still accepted in configuration
 * @param since garbo version that introduced it
 */
public record RuleInfo(
    String id,
    Category category,
    Severity severity,
    Set<Language> languages,
    Localized title,
    Localized message,
    Localized why,
    List<String> aliases,
    String since) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    languages = Set.copyOf(languages);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(why, "why");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    since = since == null ? "0.1" : since;
  }

  public RuleInfo withSeverity(Severity newSeverity) {
    return new RuleInfo(id, category, newSeverity, languages, title, message, why, aliases, since);
  }
}
