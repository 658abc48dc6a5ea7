package dev.garbo.analysis;

/** Puts back the final accent that Italian chat writers drop or replace with an apostrophe. */
final class ItalianAccents {
  private ItalianAccents() {}

  static String restore(String lower) {
    int n = lower.length();
    if (n >= 2 && lower.charAt(n - 1) == '\'') {
      return accent(lower.substring(0, n - 1));
    }
    if (lower.endsWith("che") && n > 4) {
      // perche -> perché, poiche -> poiché
      return lower.substring(0, n - 1) + 'é';
    }
    if (lower.endsWith("ta") && n > 4) {
      // possibilita -> possibilità
      return lower.substring(0, n - 1) + 'à';
    }
    return null;
  }

  private static String accent(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char last = s.charAt(s.length() - 1);
    char acc;
    switch (last) {
      case 'a': acc = 'à'; break;
      case 'e': acc = 'è'; break;
      case 'i': acc = 'ì'; break;
      case 'o': acc = 'ò'; break;
      case 'u': acc = 'ù'; break;
      default: return null;
    }
    return s.substring(0, s.length() - 1) + acc;
  }
}
