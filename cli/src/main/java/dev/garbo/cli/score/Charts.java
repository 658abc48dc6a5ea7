package dev.garbo.cli.score;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG, drawn here rather than by a script so the report needs
 * nothing at view time and prints as it shows. Every mark carries a {@code <title>}, which
 * browsers show on hover and screen readers read.
 */
final class Charts {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private Charts() {}

  /** Colour of one reply's score: green only when there is nothing to coach. */
  static String band(double score) {
    return score >= 100 ? "good" : score >= 80 ? "fair" : "poor";
  }

  /**
   * Colour of a mean score. A mean of 97 is a team with a few findings here and there, so means get
   * their own thresholds: a reply at 90 needs coaching, an agent averaging 97 is doing well.
   */
  static String meanBand(double mean) {
    return mean >= 97 ? "good" : mean >= 90 ? "fair" : "poor";
  }

  /**
   * Replies with something to coach, per score band 0–9 … 90–99. The replies at 100 are left out
   * of the bars (the caller says how many there are): in a real archive they are most of it, and
   * one bar a hundred times taller than the rest would hide the shape that matters.
   */
  static String histogram(long[] bins) {
    int w = 440;
    int h = 220;
    int left = 44;
    int bottom = 34;
    int top = 18;
    int n = 10;
    long highest = 1;
    for (int i = 0; i < n; i++) {
      highest = Math.max(highest, bins[i]);
    }
    double max = niceCeiling(highest);
    double slot = (w - left - 8) / (double) n;
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"score-histogram\" class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-label=\"Replies with something to coach, by score\">");
    axisY(s, left, w, top, h - bottom, 0, max);
    for (int i = 0; i < n; i++) {
      double bh = (h - bottom - top) * bins[i] / max;
      double x = left + i * slot + slot * 0.12;
      double y = h - bottom - bh;
      String label = (i * 10) + "–" + (i * 10 + 9);
      s.append("<rect class=\"bar ").append(band(i * 10)).append("\" x=\"").append(f(x))
          .append("\" y=\"").append(f(y)).append("\" width=\"").append(f(slot * 0.76)).append("\" height=\"")
          .append(f(Math.max(bh, bins[i] > 0 ? 1 : 0))).append("\"><title>").append(Num.count(bins[i]))
          .append(" replies scored ").append(label).append("</title></rect>");
      if (bins[i] > 0) {
        s.append("<text class=\"val\" x=\"").append(f(x + slot * 0.38)).append("\" y=\"").append(f(y - 4))
            .append("\" text-anchor=\"middle\">").append(compact(bins[i])).append("</text>");
      }
      // the band's lower bound is label enough under a bar (the tooltip gives the range)
      s.append("<text class=\"lbl\" x=\"").append(f(x + slot * 0.38)).append("\" y=\"").append(h - bottom + 16)
          .append("\" text-anchor=\"middle\">").append(i * 10).append("</text>");
    }
    s.append("<text class=\"lbl\" x=\"").append(left + (w - left) / 2).append("\" y=\"").append(h - 3)
        .append("\" text-anchor=\"middle\">score, in bands of 10</text>");
    return s.append("</svg>").toString();
  }

  /**
   * A value per week as a line, gaps where a week had no replies.
   *
   * @param id the element id, for links and tests
   * @param unit how a value reads in a tooltip ("mean score", "% flagged")
   */
  static String weekly(String id, List<String> weeks, List<Double> values, double min, double max, String unit) {
    int w = 440;
    int h = 220;
    int left = 44;
    int bottom = 34;
    int top = 14;
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"").append(id).append("\" class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-label=\"").append(Html.esc(unit)).append(" by week\">");
    axisY(s, left, w, top, h - bottom, min, max);
    int n = weeks.size();
    double step = n <= 1 ? 0 : (w - left - 44) / (double) (n - 1); // room on the right for the last date
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? left + (w - left) / 2.0 : left + 12 + i * step;
      // every few weeks, and always the last one: the regular label just before it gives way
      if (i == n - 1 || (i % every == 0 && n - 1 - i >= every)) {
        s.append("<text class=\"lbl\" x=\"").append(f(x)).append("\" y=\"").append(h - bottom + 16)
            .append("\" text-anchor=\"middle\">").append(Times.monday(weeks.get(i)).format(DAY)).append("</text>");
      }
      Double v = values.get(i);
      if (v == null) {
        pen = false;
        continue;
      }
      double y = scale(v, min, max, top, h - bottom);
      path.append(pen ? " L" : " M").append(f(x)).append(' ').append(f(y));
      pen = true;
    }
    s.append("<path class=\"line\" d=\"").append(path.toString().trim()).append("\"/>");
    for (int i = 0; i < n; i++) {
      Double v = values.get(i);
      if (v == null) {
        continue;
      }
      double x = n == 1 ? left + (w - left) / 2.0 : left + 12 + i * step;
      s.append("<circle class=\"dot\" cx=\"").append(f(x)).append("\" cy=\"").append(f(scale(v, min, max, top, h - bottom)))
          .append("\" r=\"3.5\"><title>week of ").append(Times.monday(weeks.get(i)).format(DAY)).append(" (")
          .append(weeks.get(i)).append("): ").append(Num.fixed(v, 1)).append(' ').append(Html.esc(unit))
          .append("</title></circle>");
    }
    s.append("<text class=\"lbl\" x=\"").append(left + (w - left) / 2).append("\" y=\"").append(h - 3)
        .append("\" text-anchor=\"middle\">week starting (UTC)</text>");
    return s.append("</svg>").toString();
  }

  /** A small line of a value per week for a table cell; the last week is a dot. */
  static String spark(List<Double> values, double min, double max, String title) {
    int w = 120;
    int h = 28;
    int n = values.size();
    if (n == 0 || values.stream().allMatch(v -> v == null)) {
      return "<span class=\"muted\">–</span>";
    }
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    double lastX = 0;
    double lastY = 0;
    boolean haveLast = false;
    for (int i = 0; i < n; i++) {
      Double v = values.get(i);
      if (v == null) {
        pen = false;
        continue;
      }
      double x = n == 1 ? w / 2.0 : 3 + i * (w - 6) / (double) (n - 1);
      double y = scale(v, min, max, 3, h - 3);
      path.append(pen ? " L" : " M").append(f(x)).append(' ').append(f(y));
      pen = true;
      lastX = x;
      lastY = y;
      haveLast = true;
    }
    StringBuilder s = new StringBuilder("<svg class=\"spark\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w
        + "\" height=\"" + h + "\" role=\"img\"><title>" + Html.esc(title) + "</title>");
    s.append("<path d=\"").append(path.toString().trim()).append("\"/>");
    if (haveLast) {
      s.append("<circle cx=\"").append(f(lastX)).append("\" cy=\"").append(f(lastY)).append("\" r=\"2.5\"/>");
    }
    return s.append("</svg>").toString();
  }

  /** Grid lines and labels at round values: 90, 92, 94… rather than 90, 92.5, 95. */
  private static void axisY(StringBuilder s, int left, int w, int top, int bottom, double min, double max) {
    double step = niceStep((max - min) / 5);
    for (double v = Math.ceil(min / step - 1e-9) * step; v <= max + 1e-9; v += step) {
      double y = scale(v, min, max, top, bottom);
      s.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(w - 4).append("\" y1=\"").append(f(y))
          .append("\" y2=\"").append(f(y)).append("\"/>");
      s.append("<text class=\"lbl\" x=\"").append(left - 6).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(step < 1 ? Num.fixed(v, 1) : compact(Math.round(v))).append("</text>");
    }
  }

  /** The smallest of 1, 2, 5 × 10^k at or above {@code rough}. */
  static double niceStep(double rough) {
    if (rough <= 0) {
      return 1;
    }
    double pow = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * pow >= rough - 1e-12) {
        return m * pow;
      }
    }
    return 10 * pow;
  }

  /** A round top for an axis that must reach {@code v}. */
  static double niceCeiling(double v) {
    double step = niceStep(v / 5);
    return Math.max(step, Math.ceil(v / step - 1e-9) * step);
  }

  private static double scale(double v, double min, double max, double top, double bottom) {
    double span = max - min == 0 ? 1 : max - min;
    return bottom - (Math.max(min, Math.min(max, v)) - min) / span * (bottom - top);
  }

  private static String compact(long n) {
    return n >= 10_000_000 ? (n / 1_000_000) + "M" : n >= 10_000 ? (n / 1000) + "k" : Long.toString(n);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
