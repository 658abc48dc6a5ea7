package dev.garbo.cli.score;

import java.util.Locale;

/** Numbers as people and spreadsheets read them: a fixed number of decimals, a dot, no noise. */
final class Num {
  private Num() {}

  /** {@code v} rounded to {@code places} decimals, as a double that prints short (97.3, not 97.30000000000001). */
  static double round(double v, int places) {
    double scale = Math.pow(10, places);
    return Math.round(v * scale) / scale;
  }

  /** {@code v} with {@code places} decimals, for CSV ("" for a missing value). */
  static String csv(Double v, int places) {
    return v == null ? "" : String.format(Locale.ROOT, "%." + places + "f", v);
  }

  /** A signed change for people: "+1.2", "−0.4", "±0". */
  static String signed(double v, int places) {
    String s = String.format(Locale.ROOT, "%." + places + "f", Math.abs(v));
    if (Double.parseDouble(s) == 0) {
      return "±0";
    }
    return (v > 0 ? "+" : "\u2212") + s;
  }

  /** A count with thousands separators: 1,139. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String fixed(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }
}
