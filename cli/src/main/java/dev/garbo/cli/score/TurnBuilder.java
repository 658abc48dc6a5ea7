package dev.garbo.cli.score;

import dev.garbo.Language;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Turns the fields of one record (a JSON object, a CSV row) into a {@link Turn}, or says exactly
 * what is wrong with it. Shared by the JSON Lines and CSV readers so both say the same thing.
 */
final class TurnBuilder {
  private TurnBuilder() {}

  /**
   * @param get the record's value for an export field name, {@code null} when absent
   * @param maxChars the longest text accepted
   */
  static Parsed build(InputFile file, long line, UnaryOperator<String> get, FieldMapping m, long maxChars) {
    String conversation = get.apply(m.name("conversation"));
    String roleValue = get.apply(m.name("role"));
    String text = get.apply(m.name("text"));
    if (conversation == null || conversation.isBlank()) {
      return missing(file, line, m, "conversation");
    }
    if (roleValue == null || roleValue.isBlank()) {
      return missing(file, line, m, "role");
    }
    Role role = m.role(roleValue);
    if (role == null) {
      return new Rejected(file, line, "unknown role '" + clip(roleValue) + "' (expected " + String.join(" or ",
          new java.util.TreeSet<>(m.agentRoles())) + " for agents, " + String.join(" or ",
          new java.util.TreeSet<>(m.customerRoles())) + " for customers; map it with --role-agent "
          + clip(roleValue) + " or --role-customer " + clip(roleValue) + ")");
    }
    if (text == null) {
      return missing(file, line, m, "text");
    }
    if (text.isBlank()) {
      return new Rejected(file, line, "empty " + quoted(m, "text"));
    }
    if (text.length() > maxChars) {
      return new Rejected(file, line, "the text is " + text.length() + " characters long, more than a reply can be"
          + " (the limit is " + maxChars + "; raise it with --max-size)");
    }
    Instant time = null;
    String timeValue = get.apply(m.name("time"));
    if (timeValue != null && !timeValue.isBlank()) {
      time = Times.parse(timeValue);
      if (time == null) {
        return new Rejected(file, line, quoted(m, "time") + " is not an ISO-8601 date or time: '" + clip(timeValue)
            + "' (expected e.g. 2026-01-05T07:35:58Z)");
      }
    }
    String lang = get.apply(m.name("lang"));
    Language language = lang == null ? null : Language.fromCode(lang).orElse(null);
    return new Turn(file, line, conversation, role, text, blankToNull(get.apply(m.name("id"))),
        blankToNull(get.apply(m.name("agent"))), blankToNull(get.apply(m.name("team"))), time, language);
  }

  private static Rejected missing(InputFile file, long line, FieldMapping m, String field) {
    String name = m.name(field);
    String hint = name.equals(field) ? " (if the export calls it something else, say so with --field " + field + "=NAME)" : "";
    return new Rejected(file, line, "missing " + quoted(m, field) + hint);
  }

  private static String quoted(FieldMapping m, String field) {
    String name = m.name(field);
    return name.equals(field) ? "'" + field + "'" : "'" + name + "' (the " + field + ")";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").trim();
    return one.length() > 40 ? one.substring(0, 40) + "…" : one;
  }
}
