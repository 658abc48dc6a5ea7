package dev.garbo.source;

import static dev.garbo.source.Fixtures.found;
import static dev.garbo.source.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

  @Test
  void htmlEmailKeepsTheTextAReaderSees() throws SourceException {
    SourceReply mail = single("order-shipped_it.html");

    assertThat(mail.text())
        .isEqualTo(
            "Il tuo ordine è in viaggio\n"
                + "Ciao Mario,\n"
                + "Il tuo ordine è stato spedito. Nessun problema se non sei in casa: il corriere ripasserà domani.\n"
                + "Per qualsiasi domanda scrivici a aiuto@acme.it.\n"
                + "Grazie\u00A0& a presto!\n"
                + "Spedizione gratuita\n"
                + "Reso entro 30\u00A0giorni");
    assertThat(mail.key()).isEmpty();
    assertThat(mail.language()).isEqualTo(Language.IT);
  }

  @Test
  void htmlPositionsAfterEntitiesAndAcrossLines() throws SourceException {
    String raw = Fixtures.raw("order-shipped_it.html");
    SourceReply mail = single("order-shipped_it.html");
    int body = mail.text().indexOf("Il tuo ordine è stato");

    assertThat(found(mail, "problema")).isEqualTo(where(raw, "Nessun problema se", "problema"));
    assertThat(mail.position(mail.text().indexOf("è", body))).isEqualTo(where(raw, "ordine &egrave; stato", "&egrave;"));
    assertThat(found(mail, "domani")).isEqualTo(where(raw, "ripasser&agrave; domani", "domani"));
    assertThat(found(mail, "ripasserà")).isEqualTo(where(raw, "il corriere ripasser", "ripasser"));
    assertThat(found(mail, "a presto")).isEqualTo(where(raw, "&amp; a presto", "a presto"));
  }

  @Test
  void mustacheSectionsGoPlaceholdersStay() throws SourceException {
    String raw = Fixtures.raw("reminder_it.mustache");
    SourceReply reminder = single("reminder_it.mustache");

    assertThat(reminder.text())
        .isEqualTo(
            "Ciao {{name}},\n\n"
                + "ti ricordiamo l'appuntamento di domani alle {{time}}.\n"
                + "Porta con te un documento d'identità.\n"
                + "Rispondi SÌ per confermare. Nessun problema se devi spostarlo: scrivici.\n\n"
                + "A presto,\n"
                + "{{{signature}}}");
    assertThat(found(reminder, "problema")).isEqualTo(where(raw, "Nessun problema se devi", "problema"));
    assertThat(found(reminder, "Porta")).isEqualTo(where(raw, "Porta con te", "Porta"));
    assertThat(reminder.position(0)).isEqualTo(where(raw, "Ciao {{name}}", "Ciao"));
    assertThat(reminder.language()).isEqualTo(Language.IT);
  }

  @Test
  void freemarkerDirectivesGoWithoutGluingWords() throws SourceException {
    String raw = Fixtures.raw("order.it.ftl");
    SourceReply order = single("order.it.ftl");

    assertThat(order.text())
        .isEqualTo(
            "Gentile cliente VIP cliente,\n\n"
                + "grazie per il tuo ordine n. ${order.id} di ${total}.\n"
                + "- ${item.name} (${item.qty})\n"
                + "La consegna è in ritardo di ${order.delayDays} giorni. Nessun problema: ti avvisiamo appena parte.");
    assertThat(found(order, "problema")).isEqualTo(where(raw, "Nessun problema: ti", "problema"));
    assertThat(order.position(order.text().indexOf("VIP cliente") + 3)).isEqualTo(where(raw, "<#else>", "<#else>"));
    assertThat(found(order, "${total}")).isEqualTo(where(raw, "di ${total}", "${total}"));
    assertThat(order.language()).isEqualTo(Language.IT);
  }

  @Test
  void htmlTemplatesAreStrippedOfMarkupToo() throws SourceException {
    ReplyReader reader = SourceReaders.forPath("mail/welcome.html.mustache", SourceOptions.defaults()).orElseThrow();
    String content = "<p>Ciao {{name}},</p>\n{{#vip}}<p>grazie di essere con noi &egrave; un piacere.</p>{{/vip}}\n";

    SourceReply r = reader.read("mail/welcome.html.mustache", content).get(0);

    assertThat(r.text()).isEqualTo("Ciao {{name}},\ngrazie di essere con noi è un piacere.");
    assertThat(found(r, "piacere")).isEqualTo(Fixtures.at(content, content.indexOf("piacere")));
  }

  @Test
  void plainTextIsTheWholeFileTrimmed() throws SourceException {
    String raw = Fixtures.raw("apology_en.txt");
    SourceReply r = single("apology_en.txt");

    assertThat(r.text()).startsWith("Hi Sam,\n\nWe're sorry").endsWith("The Acme team");
    assertThat(found(r, "problem")).isEqualTo(where(raw, "No problem if", "problem"));
    assertThat(r.language()).isEqualTo(Language.EN);
  }

  private static SourceReply single(String name) throws SourceException {
    List<SourceReply> replies = Fixtures.read(name);
    assertThat(replies).hasSize(1);
    return replies.get(0);
  }
}
