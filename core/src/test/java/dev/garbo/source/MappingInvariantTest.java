package dev.garbo.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every char of every reply lands on itself in the file, or on the escape or entity that produced
 * it; separators (folded breaks, block tags, removed directives) land on blanks or markup. Line and
 * column are recomputed independently for every mapped offset.
 */
class MappingInvariantTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "messages_it.properties", "domain.yml", "checkout-flow.json", "order-shipped_it.html",
        "reminder_it.mustache", "order.it.ftl", "faq.md", "apology_en.txt"
      })
  void everyCharMapsOntoWhereItCameFrom(String name) throws SourceException {
    String raw = Fixtures.raw(name);
    for (MarkdownMode mode : MarkdownMode.values()) {
      List<SourceReply> replies = Fixtures.read(name, SourceOptions.defaults().withMarkdown(mode));
      assertThat(replies).isNotEmpty();
      for (SourceReply reply : replies) {
        for (int k = 0; k <= reply.text().length(); k++) {
          FilePosition p = reply.position(k);
          assertThat(p).as("%s %s @%d", name, reply.key(), k).isEqualTo(Fixtures.at(raw, p.offset()));
          if (k == reply.text().length()) {
            continue;
          }
          char inText = reply.text().charAt(k);
          char inFile = raw.charAt(p.offset());
          if (Character.isWhitespace(inText)) {
            assertThat(Character.isWhitespace(inFile) || "<\\{".indexOf(inFile) >= 0)
                .as("%s %s: blank @%d maps to '%s'", name, reply.key(), k, inFile)
                .isTrue();
          } else if (inFile != inText) {
            assertThat(inFile).as("%s %s: '%s' @%d", name, reply.key(), inText, k).isIn('\\', '&');
          }
        }
      }
    }
  }
}
