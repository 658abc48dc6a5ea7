package dev.garbo.lsp;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One version of an open document, as the editor has it (not as it is on disk). Immutable: a change
 * makes a new one, so a check can read its snapshot while the editor sends the next keystroke.
 */
final class TextDocument {
  private final String uri;
  private final String languageId;
  private final int version;
  private final String text;
  private volatile LineMap lines;

  TextDocument(String uri, String languageId, int version, String text) {
    this.uri = uri;
    this.languageId = languageId == null ? "" : languageId;
    this.version = version;
    this.text = text;
  }

  String uri() {
    return uri;
  }

  String languageId() {
    return languageId;
  }

  int version() {
    return version;
  }

  String text() {
    return text;
  }

  LineMap lines() {
    LineMap l = lines;
    if (l == null) {
      l = LineMap.of(text);
      lines = l;
    }
    return l;
  }

  /** Applies the changes in order: a change with a range edits, one without replaces the whole text. */
  TextDocument apply(List<TextDocumentContentChangeEvent> changes, int newVersion) {
    String t = text;
    LineMap map = lines();
    for (TextDocumentContentChangeEvent c : changes) {
      if (c.getRange() == null) {
        t = c.getText();
      } else {
        int from = map.offset(c.getRange().getStart());
        int to = Math.max(from, map.offset(c.getRange().getEnd()));
        t = new StringBuilder(t.length() + c.getText().length()).append(t, 0, from).append(c.getText())
            .append(t, to, t.length()).toString();
      }
      map = LineMap.of(t);
    }
    TextDocument next = new TextDocument(uri, languageId, newVersion, t);
    next.lines = map;
    return next;
  }
}
