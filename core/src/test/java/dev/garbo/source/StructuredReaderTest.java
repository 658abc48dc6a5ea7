package dev.garbo.source;

import static dev.garbo.source.Fixtures.found;
import static dev.garbo.source.Fixtures.reply;
import static dev.garbo.source.Fixtures.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garbo.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredReaderTest {
  private final String domain = Fixtures.raw("domain.yml");
  private final String flow = Fixtures.raw("checkout-flow.json");

  @Test
  void rasaResponsesAreRepliesKeyedByConcretePath() throws SourceException {
    List<SourceReply> replies = Fixtures.read("domain.yml");

    assertThat(replies)
        .extracting(SourceReply::key)
        .containsExactly(
            "responses.utter_greet[0].text",
            "responses.utter_no_problem[0].text",
            "responses.utter_refund[0].text",
            "responses.utter_delay[0].text",
            "responses.utter_code[0].text",
            "responses.utter_code[0].buttons[0].title",
            "responses.utter_goodbye[0].text",
            "responses.utter_goodbye[1].text");
    assertThat(reply(replies, "responses.utter_greet[0].text").text())
        .isEqualTo("Ciao! Sono Giulia, l'assistente di Acme. Come posso aiutarti?");
  }

  @Test
  void plainMultiLineScalarFoldsAndMapsBothLines() throws SourceException {
    SourceReply r = reply(Fixtures.read("domain.yml"), "responses.utter_no_problem[0].text");

    assertThat(r.text()).isEqualTo("Nessun problema! Se hai altre domande, sono qui per aiutarti.");
    assertThat(found(r, "problema")).isEqualTo(where(domain, "Nessun problema! Se", "problema"));
    assertThat(found(r, "sono")).isEqualTo(where(domain, "sono qui", "sono"));
  }

  @Test
  void literalBlockScalarMapsLineByLine() throws SourceException {
    SourceReply r = reply(Fixtures.read("domain.yml"), "responses.utter_refund[0].text");

    assertThat(r.text())
        .isEqualTo("Il rimborso è stato avviato.\nNessun problema se non trovi la ricevuta:\nla recuperiamo noi.\n");
    assertThat(found(r, "problema")).isEqualTo(where(domain, "Nessun problema se non trovi", "problema"));
    assertThat(found(r, "recuperiamo")).isEqualTo(where(domain, "la recuperiamo", "recuperiamo"));
  }

  @Test
  void foldedBlockScalarMapsEveryWordExactly() throws SourceException {
    SourceReply r = reply(Fixtures.read("domain.yml"), "responses.utter_delay[0].text");

    assertThat(r.text()).isEqualTo("Ci scusiamo per il ritardo. La consegna è prevista entro venerdì.\nGrazie per la pazienza.\n");
    assertThat(found(r, "venerdì")).isEqualTo(where(domain, "entro venerdì", "venerdì"));
    assertThat(found(r, "pazienza")).isEqualTo(where(domain, "la pazienza", "pazienza"));
  }

  @Test
  void doubleQuotedEscapesMapToTheirBackslash() throws SourceException {
    SourceReply r = reply(Fixtures.read("domain.yml"), "responses.utter_code[0].text");

    assertThat(r.text()).isEqualTo("Il tuo codice è \"ACME-42\".\nNessun problema! A presto.");
    assertThat(found(r, "problema")).isEqualTo(where(domain, "\\nNessun problema\\u0021", "problema"));
    assertThat(found(r, "!")).isEqualTo(where(domain, "problema\\u0021", "\\u0021"));
    assertThat(found(r, "A presto")).isEqualTo(where(domain, "\\u0021 A presto", "A presto"));
  }

  @Test
  void singleQuotedAndLanguageFromSiblingKey() throws SourceException {
    List<SourceReply> replies = Fixtures.read("domain.yml");
    SourceReply english = reply(replies, "responses.utter_goodbye[0].text");

    assertThat(english.text()).isEqualTo("Thanks for your patience, from Acme's support team");
    assertThat(found(english, "support")).isEqualTo(where(domain, "Acme''s support", "support"));
    assertThat(english.language()).isEqualTo(Language.EN);
    assertThat(reply(replies, "responses.utter_goodbye[1].text").language()).isEqualTo(Language.IT);
    assertThat(reply(replies, "responses.utter_greet[0].text").language()).as("domain.yml says nothing").isNull();
  }

  @Test
  void jsonEscapesMapCorrectly() throws SourceException {
    List<SourceReply> replies = Fixtures.read("checkout-flow.json");
    SourceReply welcome = reply(replies, "messages[0].text");
    SourceReply failed = reply(replies, "messages[1].text");

    assertThat(replies).extracting(SourceReply::key).containsExactly("messages[0].text", "messages[1].text", "messages[2].text");
    assertThat(welcome.text()).isEqualTo("Ciao! Benvenuto nel negozio Acme.\nCome posso aiutarti oggi?");
    assertThat(found(welcome, "Come")).isEqualTo(where(flow, "\\nCome posso", "Come"));
    assertThat(found(welcome, "\n")).isEqualTo(where(flow, "Acme.\\nCome", "\\n"));
    assertThat(failed.text())
        .isEqualTo("Il pagamento non è andato a buon fine. Nessun problema: puoi riprovare con \"PayPal\" o con la carta.");
    assertThat(found(failed, "problema")).isEqualTo(where(flow, "Nessun problema: puoi", "problema"));
    assertThat(found(failed, "è")).isEqualTo(where(flow, "non \\u00e8 andato", "\\u00e8"));
    assertThat(found(failed, "o con la carta")).isEqualTo(where(flow, "\\\" o con la carta", "o con la carta"));
  }

  @Test
  void jsonLanguageFromNearestLanguageKey() throws SourceException {
    List<SourceReply> replies = Fixtures.read("checkout-flow.json");

    assertThat(replies).extracting(SourceReply::language).containsExactly(Language.IT, Language.IT, Language.EN);
  }

  @Test
  void customReplyPaths() throws SourceException {
    SourceOptions options = SourceOptions.defaults().withReplyPaths(List.of("**.title", "settings.*"));

    List<SourceReply> replies = Fixtures.read("domain.yml", options);
    assertThat(replies).extracting(SourceReply::key).containsExactly("responses.utter_code[0].buttons[0].title");
    assertThat(found(replies.get(0), "operatore")).isEqualTo(where(domain, "con un operatore", "operatore"));
    assertThat(Fixtures.read("checkout-flow.json", options)).extracting(SourceReply::text).containsExactly("dark");
  }

  @Test
  void malformedYamlNamesFileLineAndColumn() {
    assertThatThrownBy(() -> Fixtures.read("broken.yml"))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> {
              assertThat(e.file()).isEqualTo("source/broken.yml");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.getMessage()).startsWith("source/broken.yml:4:" + e.column() + ": ");
            });
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws SourceException {
    ReplyReader json = SourceReaders.forPath("flow.json", SourceOptions.defaults()).orElseThrow();

    assertThatThrownBy(() -> json.read("flow.json", "{\n  \"messages\": [\n    {\"text\": \"Ciao\",}\n  ]\n}"))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("flow.json:3:21: ");
  }

  @Test
  void yamlEdgeCases() throws SourceException {
    ReplyReader yaml = SourceReaders.forPath("x.yml", SourceOptions.defaults().withReplyPaths(List.of("*"))).orElseThrow();
    String content =
        "a: &greeting \"Ciao 😀 amico\"\n"
            + "b: *greeting\n"
            + "c: 😀 Nessun problema\n"
            + "d: |1\n" // explicit indentation: the first line is more indented than the rest
            + "   rientrato\n"
            + "  Nessun problema\n"
            + "e: \"uno\\\n"
            + "   due   \n"
            + "\n"
            + "   tre\"\n"
            + "f: 42\n"
            + "g: No\n";

    List<SourceReply> replies = yaml.read("x.yml", content);

    assertThat(replies).extracting(SourceReply::key).containsExactly("a", "c", "d", "e", "g");
    assertThat(replies).extracting(SourceReply::text)
        .containsExactly("Ciao 😀 amico", "😀 Nessun problema", "  rientrato\n Nessun problema\n", "unodue\ntre", "No");
    assertThat(found(replies.get(0), "amico")).isEqualTo(Fixtures.at(content, content.indexOf("amico")));
    assertThat(found(replies.get(1), "problema")).isEqualTo(Fixtures.at(content, content.indexOf("problema")));
    assertThat(found(replies.get(2), "Nessun")).isEqualTo(Fixtures.at(content, content.indexOf("Nessun problema\ne")));
    assertThat(found(replies.get(3), "due")).isEqualTo(Fixtures.at(content, content.indexOf("due")));
    assertThat(found(replies.get(3), "tre")).isEqualTo(Fixtures.at(content, content.indexOf("tre")));
  }

  @Test
  void crLfYamlBlockScalar() throws SourceException {
    ReplyReader yaml = SourceReaders.forPath("x.yml", SourceOptions.defaults()).orElseThrow();
    String content = "greet:\r\n  text: >-\r\n    Ciao,\r\n    nessun problema.\r\n";

    SourceReply r = yaml.read("x.yml", content).get(0);

    assertThat(r.text()).isEqualTo("Ciao, nessun problema.");
    assertThat(found(r, "problema")).isEqualTo(new FilePosition(content.indexOf("problema"), 4, 12));
  }
}
