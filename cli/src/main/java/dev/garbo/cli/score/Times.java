package dev.garbo.cli.score;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** Reads the time of a turn and files it under its ISO week. */
final class Times {
  private Times() {}

  /**
   * Reads an ISO-8601 instant ({@code 2026-01-05T07:35:58Z}), date-time with an offset, local
   * date-time (taken as UTC; a space instead of the {@code T} is accepted, as spreadsheets write
   * it), date, or epoch seconds / milliseconds.
   *
   * @return the instant, or {@code null} when the text is none of these
   */
  static Instant parse(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return null;
    }
    if (t.chars().allMatch(Character::isDigit) && t.length() <= 13) {
      long n = Long.parseLong(t);
      // ten digits are seconds until the year 2286; thirteen are milliseconds
      return t.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      char last = t.charAt(t.length() - 1);
      if (last == 'Z' || last == 'z') {
        return Instant.parse(t.substring(0, t.length() - 1) + 'Z');
      }
      if (hasOffset(t)) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean hasOffset(String t) {
    int tee = t.indexOf('T');
    return tee > 0 && (t.indexOf('+', tee) > 0 || t.indexOf('-', tee) > 0);
  }

  /** The ISO week of an instant in UTC, as {@code 2026-W02}. */
  static String week(Instant time) {
    LocalDate d = time.atOffset(ZoneOffset.UTC).toLocalDate();
    int year = d.get(IsoFields.WEEK_BASED_YEAR);
    int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return year + "-W" + (week < 10 ? "0" : "") + week;
  }

  /** The Monday that starts an ISO week written as {@code 2026-W02}. */
  static LocalDate monday(String week) {
    int year = Integer.parseInt(week.substring(0, 4));
    int w = Integer.parseInt(week.substring(6));
    return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
        .with(java.time.temporal.ChronoField.DAY_OF_WEEK, 1);
  }

  /** The week before, as {@code 2026-W01}. */
  static String previous(String week) {
    return week(monday(week).minusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
