package dev.garbo.maven;

import dev.garbo.CheckResult;
import dev.garbo.Finding;
import dev.garbo.source.FilePosition;
import java.util.List;

/**
 * One reply read from a project file and checked.
 *
 * @param file the file, relative to the project directory, with {@code /} separators
 * @param key what the reply is called in its file (property key, YAML/JSON path), {@code ""} for a
 *     whole-file template
 * @param result what the checker said, offsets in the reply's text
 * @param findings the same findings, each with its place in the file
 */
record CheckedReply(String file, String key, CheckResult result, List<Located> findings) {

  CheckedReply {
    findings = List.copyOf(findings);
  }

  /** {@code file} for a template, {@code file#key} for one reply among many, as in {@code garbo check}. */
  String id() {
    return key.isEmpty() ? file : file + "#" + key;
  }

  /**
   * A finding and where its span starts and ends in the file.
   *
   * @param end just past the span's last char
   */
  record Located(Finding finding, FilePosition start, FilePosition end) {

    /** The finding with its line and column moved to the file, as {@code garbo check} reports it. */
    Finding inFile() {
      Finding f = finding;
      return new Finding(f.rule(), f.category(), f.severity(), f.start(), f.end(), start.line(), start.column(), f.text(),
          f.message(), f.suggestions());
    }
  }
}
