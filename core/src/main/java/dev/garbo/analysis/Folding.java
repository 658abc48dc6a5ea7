package dev.garbo.analysis;

import java.text.Normalizer;
import java.util.Locale;

/** Case and accent folding: what makes "È", "e'" and "e" comparable. */
public final class Folding {
  private Folding() {}

  /** Lower-cases, strips accents and normalises apostrophes; ASCII input takes a fast path. */
  public static String fold(CharSequence s) {
    int n = s.length();
    boolean ascii = true;
    boolean lower = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        lower = false;
      }
    }
    if (ascii) {
      return lower ? s.toString() : s.toString().toLowerCase(Locale.ROOT);
    }
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char f = foldChar(c);
      if (f != 0) {
        b.append(f);
      } else {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int j = 0; j < d.length(); j++) {
          char dc = d.charAt(j);
          if (Character.getType(dc) != Character.NON_SPACING_MARK) {
            b.append(Character.toLowerCase(dc));
          }
        }
      }
    }
    return b.toString();
  }

  /** Folds one char through a table of the Latin letters Italian and English use; 0 if unknown. */
  static char foldChar(char c) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    switch (c) {
      case 'à': case 'á': case 'â': case 'ä': case 'À': case 'Á': case 'Â': case 'Ä': return 'a';
      case 'è': case 'é': case 'ê': case 'ë': case 'È': case 'É': case 'Ê': case 'Ë': return 'e';
      case 'ì': case 'í': case 'î': case 'ï': case 'Ì': case 'Í': case 'Î': case 'Ï': return 'i';
      case 'ò': case 'ó': case 'ô': case 'ö': case 'Ò': case 'Ó': case 'Ô': case 'Ö': return 'o';
      case 'ù': case 'ú': case 'û': case 'ü': case 'Ù': case 'Ú': case 'Û': case 'Ü': return 'u';
      case 'ç': case 'Ç': return 'c';
      case 'ñ': case 'Ñ': return 'n';
      case '\u2019': case '\u2018': case '\u02BC': case '`': case '\u00B4': return '\'';
      case '\u201C': case '\u201D': case '\u00AB': case '\u00BB': return '"';
      case '\u2013': case '\u2014': return '-';
      default: return 0;
    }
  }

  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
  }
}
