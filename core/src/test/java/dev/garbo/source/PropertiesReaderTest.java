package dev.garbo.source;

import static dev.garbo.source.Fixtures.found;
import static dev.garbo.source.Fixtures.reply;
import static dev.garbo.source.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garbo.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesReaderTest {
  private final String raw = Fixtures.raw("messages_it.properties");

  @Test
  void readsEveryNonEmptyValueInFileOrder() throws SourceException {
    List<SourceReply> replies = Fixtures.read("messages_it.properties");

    assertThat(replies)
        .extracting(SourceReply::key)
        .containsExactly(
            "greeting", "order.shipped", "refund.info", "faq.hours", "path:with=escapes", "closing", "signature");
    assertThat(replies).allSatisfy(r -> assertThat(r.language()).isEqualTo(Language.IT));
    assertThat(reply(replies, "greeting").text()).isEqualTo("Ciao {0}, grazie per averci contattato!");
    assertThat(reply(replies, "faq.hours").text()).isEqualTo("Siamo disponibili dal lunedì al venerdì,\t9-18.");
    assertThat(reply(replies, "signature").text()).isEqualTo("Il team Acme \\ Assistenza");
    assertThat(reply(replies, "closing").text()).as("a comment ending in a backslash does not continue").isEqualTo("Buona giornata!");
  }

  @Test
  void continuationLinesJoinAndMapToTheirOwnLines() throws SourceException {
    SourceReply shipped = reply(Fixtures.read("messages_it.properties"), "order.shipped");

    assertThat(shipped.text())
        .isEqualTo("Il tuo ordine è stato spedito. Nessun problema se non sei in casa: il corriere ripasserà domani.");
    assertThat(found(shipped, "problema")).isEqualTo(where(raw, "Nessun problema se non sei", "problema"));
    assertThat(found(shipped, "domani")).isEqualTo(where(raw, "ripasser\\u00e0 domani", "domani"));
    assertThat(shipped.position(0)).isEqualTo(where(raw, "= Il tuo ordine", "Il"));
  }

  @Test
  void unicodeEscapeMapsToItsBackslashAndTextAfterItStaysAligned() throws SourceException {
    SourceReply shipped = reply(Fixtures.read("messages_it.properties"), "order.shipped");

    assertThat(found(shipped, "è")).isEqualTo(where(raw, "ordine \\u00e8 stato", "\\u00e8"));
    assertThat(found(shipped, "stato")).isEqualTo(where(raw, "\\u00e8 stato spedito", "stato"));
  }

  @Test
  void newlineEscapeAndColonSeparator() throws SourceException {
    SourceReply refund = reply(Fixtures.read("messages_it.properties"), "refund.info");

    assertThat(refund.text())
        .isEqualTo("Il rimborso di {amount} € arriverà entro 5 giorni lavorativi.\nPer domande rispondi a questa e-mail.");
    assertThat(found(refund, "\n")).isEqualTo(where(raw, "lavorativi.\\nPer", "\\n"));
    assertThat(found(refund, "Per domande")).isEqualTo(where(raw, "\\nPer domande", "Per"));
    assertThat(found(refund, "{amount}")).isEqualTo(where(raw, "{amount}", "{amount}"));
  }

  @Test
  void endOffsetMapsJustPastTheLastChar() throws SourceException {
    SourceReply closing = reply(Fixtures.read("messages_it.properties"), "closing");
    FilePosition bang = where(raw, "giornata!", "!");

    assertThat(closing.position(closing.text().length()))
        .isEqualTo(new FilePosition(bang.offset() + 1, bang.line(), bang.column() + 1));
  }

  @Test
  void bundleSuffixGivesTheLanguage() throws SourceException {
    ReplyReader reader = SourceReaders.forPath("x.properties", SourceOptions.defaults()).orElseThrow();

    assertThat(reader.read("i18n/bot_en_GB.properties", "a=Hello").get(0).language()).isEqualTo(Language.EN);
    assertThat(reader.read("i18n/messages_it_IT.properties", "a=Ciao").get(0).language()).isEqualTo(Language.IT);
    assertThat(reader.read("i18n/messages.properties", "a=Ciao").get(0).language()).isNull();
  }

  @Test
  void continuationAtEndOfFileAndCrLfLines() throws SourceException {
    ReplyReader reader = SourceReaders.forPath("x.properties", SourceOptions.defaults()).orElseThrow();
    String content = "a = uno \\\r\n   due\r\nb=tre\\";

    List<SourceReply> replies = reader.read("x.properties", content);

    assertThat(replies).extracting(SourceReply::text).containsExactly("uno due", "tre");
    assertThat(found(replies.get(0), "due")).isEqualTo(new FilePosition(content.indexOf("due"), 2, 4));
  }

  @Test
  void malformedUnicodeEscapeIsAnErrorAtTheEscape() {
    ReplyReader reader = SourceReaders.forPath("x.properties", SourceOptions.defaults()).orElseThrow();

    assertThatThrownBy(() -> reader.read("bad_it.properties", "ok=fine\nbad=caff\\u00g8"))
        .isInstanceOf(SourceException.class)
        .hasMessage("bad_it.properties:2:9: malformed \\uXXXX escape");
  }
}
