package dev.garbo.cli.score;

import dev.garbo.CheckResult;
import dev.garbo.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A reply shown twice in the report: as written, with what garbo flagged marked, and as garbo
 * would reword it, with what changed marked. The rewording picks its edits exactly as
 * {@link CheckResult#fixed()} does (a test holds the two together), so what the trainer sees is
 * what {@code garbo check --fix} would write.
 */
final class Rewording {
  private Rewording() {}

  /** A piece of text; {@code changed} for a suggestion put in place of the original words. */
  record Piece(String text, boolean changed) {}

  static List<Piece> fixed(CheckResult r) {
    List<Finding> applicable = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (!f.suggestions().isEmpty()) {
        applicable.add(f);
      }
    }
    applicable.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder()));
    List<Piece> out = new ArrayList<>();
    String text = r.text();
    int pos = 0;
    for (Finding f : applicable) {
      if (f.start() < pos) {
        continue;
      }
      if (f.start() > pos) {
        out.add(new Piece(text.substring(pos, f.start()), false));
      }
      out.add(new Piece(f.suggestions().get(0), true));
      pos = f.end();
    }
    if (pos < text.length()) {
      out.add(new Piece(text.substring(pos), false));
    }
    return out;
  }

  /** The reply as written, flagged spans in {@code <mark>} with the finding's message as a tooltip. */
  static String markedHtml(CheckResult r) {
    StringBuilder b = new StringBuilder();
    String text = r.text();
    int pos = 0;
    for (Finding f : r.findings()) {
      if (f.start() < pos) {
        continue; // overlapping findings: the first one is marked
      }
      b.append(Html.esc(text.substring(pos, f.start())));
      b.append("<mark class=\"").append(f.severity().code()).append("\" title=\"").append(Html.esc(f.message()))
          .append(" [").append(Html.esc(f.rule())).append("]\">").append(Html.esc(text.substring(f.start(), f.end())))
          .append("</mark>");
      pos = f.end();
    }
    b.append(Html.esc(text.substring(pos)));
    return b.toString();
  }

  /** The rewording, what changed in {@code <ins>}. */
  static String fixedHtml(CheckResult r) {
    StringBuilder b = new StringBuilder();
    for (Piece p : fixed(r)) {
      b.append(p.changed() ? "<ins>" + Html.esc(p.text()) + "</ins>" : Html.esc(p.text()));
    }
    return b.toString();
  }
}
