package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class TextDocumentTest {
  private static TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, String text) {
    return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
  }

  @Test
  void incrementalEditsApplyInOrder() {
    TextDocument d = new TextDocument("file:///a.txt", "plaintext", 1, "Grazie!\r\nNessun problema!\n");

    TextDocument next = d.apply(List.of(edit(1, 0, 1, 15, "Con piacere"), edit(0, 7, 0, 7, " 😊")), 2);

    assertThat(next.text()).isEqualTo("Grazie! 😊\r\nCon piacere!\n");
    assertThat(next.version()).isEqualTo(2);
    assertThat(d.text()).as("versions are immutable").startsWith("Grazie!\r\n");
  }

  @Test
  void wholeTextChangeReplacesEverything() {
    TextDocument d = new TextDocument("file:///a.txt", "plaintext", 1, "old");
    assertThat(d.apply(List.of(new TextDocumentContentChangeEvent("new\ntext")), 2).text()).isEqualTo("new\ntext");
  }

  @Test
  void positionsCountUtf16UnitsAndEveryKindOfLineBreak() {
    LineMap m = LineMap.of("a😊b\r\nc\rd\n");
    assertThat(m.position(3)).isEqualTo(new Position(0, 3)); // 'b' after a surrogate pair
    assertThat(m.position(6)).isEqualTo(new Position(1, 0));
    assertThat(m.position(8)).isEqualTo(new Position(2, 0));
    assertThat(m.position(10)).isEqualTo(new Position(3, 0));
    assertThat(m.offset(new Position(0, 99))).as("past the end of a line: its end").isEqualTo(4);
    assertThat(m.offset(new Position(9, 0))).as("past the last line: the end").isEqualTo(10);
    assertThat(m.offset(new Position(1, 1))).isEqualTo(7);
  }
}
