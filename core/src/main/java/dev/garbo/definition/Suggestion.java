package dev.garbo.definition;

import dev.garbo.Register;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.pattern.Match;

/**
 * A suggestion template. {@code $0} is the matched text, {@code $1}… the text each pattern element
 * matched, so a rewording can keep the writer's own words. Italian templates may differ per
 * register. The first letter follows the case of the text it replaces.
 */
public record Suggestion(String text, String lei, String tu, String voi) {

  public String template(Register register) {
    if (register != null) {
      String r = switch (register) {
        case LEI -> lei;
        case TU -> tu;
        case VOI -> voi;
      };
      if (r != null) {
        return r;
      }
    }
    if (text != null) {
      return text;
    }
    return lei != null ? lei : (tu != null ? tu : voi);
  }

  public String render(AnalyzedText text, Match match, Register register) {
    String t = template(register);
    StringBuilder out = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '$' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
        out.append(match.group(text, t.charAt(i + 1) - '0'));
        i++;
      } else {
        out.append(c);
      }
    }
    String matched = text.text().substring(match.start(text), match.end(text));
    String suggestion = out.toString().replaceAll(" {2,}", " ").trim();
    if (startsWithPronounI(matched) || startsWithCapitals(matched)) {
      // English "I" and acronyms ("SLA", "T&Cs", "NO PROBLEM") are capitalised wherever they stand,
      // so they say nothing about the position: "Sorry, I'm not sure" must become "Sorry, let me
      // check", and "within our SLA" "within our agreed response time"
      boolean sentenceStart = match.markFrom() == 0
          || text.token(match.markFrom() - 1).sentence() != text.token(match.markFrom()).sentence();
      return followCase(suggestion, sentenceStart ? matched : "i");
    }
    return followCase(suggestion, matched);
  }

  /** Whether the first word of {@code s} is written in capitals ("SLA", "SLAs", "T&Cs", "NO"). */
  static boolean startsWithCapitals(String s) {
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    String word = s.substring(0, end);
    if (word.length() > 2 && word.endsWith("s")) {
      word = word.substring(0, word.length() - 1);
    }
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether {@code s} starts with the word "I" ("I", "I'm", "I've", "I don't"). */
  static boolean startsWithPronounI(String s) {
    return s.startsWith("I") && (s.length() == 1 || !Character.isLetterOrDigit(s.charAt(1)));
  }

  /** Capitalises or lower-cases the first letter to fit where the suggestion goes. */
  static String followCase(String suggestion, String replaced) {
    if (suggestion.isEmpty() || replaced.isEmpty()) {
      return suggestion;
    }
    int first = replaced.codePointAt(0);
    int sFirst = suggestion.codePointAt(0);
    int len = Character.charCount(sFirst);
    if (Character.isUpperCase(first)) {
      return new StringBuilder().appendCodePoint(Character.toUpperCase(sFirst)).append(suggestion, len, suggestion.length()).toString();
    }
    if (Character.isLowerCase(first) && Character.isUpperCase(sFirst)) {
      // keep "I", "OK" and names: only lower-case a capital followed by a lower-case letter
      boolean word = suggestion.length() > len && Character.isLowerCase(suggestion.codePointAt(len));
      if (word) {
        return new StringBuilder().appendCodePoint(Character.toLowerCase(sFirst)).append(suggestion, len, suggestion.length()).toString();
      }
    }
    return suggestion;
  }
}
