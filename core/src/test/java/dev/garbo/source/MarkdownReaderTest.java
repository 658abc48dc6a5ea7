package dev.garbo.source;

import static dev.garbo.source.Fixtures.found;
import static dev.garbo.source.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final String raw = Fixtures.raw("faq.md");

  @Test
  void fileModeIsOneReplyWithoutCode() throws SourceException {
    List<SourceReply> replies = Fixtures.read("faq.md");

    assertThat(replies).hasSize(1);
    SourceReply r = replies.get(0);
    assertThat(r.key()).isEmpty();
    assertThat(r.text()).startsWith("# Domande frequenti").endsWith("(mailto:aiuto@acme.it).").doesNotContain("curl", "```");
    assertThat(found(r, "problema")).isEqualTo(where(raw, "Nessun problema se", "problema"));
    assertThat(found(r, "Sì")).isEqualTo(where(raw, "Sì, entro", "Sì"));
    assertThat(r.language()).isNull();
  }

  @Test
  void paragraphModeSplitsAtBlankLinesAndHeadingsAndSkipsFences() throws SourceException {
    List<SourceReply> replies = Fixtures.read("faq.md", SourceOptions.defaults().withMarkdown(MarkdownMode.PARAGRAPH));

    assertThat(replies)
        .extracting(SourceReply::text)
        .containsExactly(
            "# Domande frequenti",
            "## Come cambio la password?",
            "Apri **Impostazioni** e scegli *Sicurezza*.\n"
                + "Nessun problema se non ricordi quella vecchia:\n"
                + "ti mandiamo un link via e-mail.",
            "## Posso restituire un prodotto?",
            "Sì, entro 30 giorni. Scrivici a [aiuto@acme.it](mailto:aiuto@acme.it).");
    assertThat(replies).extracting(SourceReply::key).startsWith("paragraph 1", "paragraph 2", "paragraph 3");
    assertThat(found(replies.get(2), "problema")).isEqualTo(where(raw, "Nessun problema se", "problema"));
    assertThat(found(replies.get(2), "e-mail")).isEqualTo(where(raw, "via e-mail", "e-mail"));
  }
}
