package dev.garbo.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short replies are where detectors fail ("No problem!" is Esperanto to OpenNLP alone). */
class LanguageIdentifierTest {
  private static final Analyzer ANALYZER = new Analyzer(Language.EN);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "No problem!|EN", "Nessun problema!|IT", "Thanks a lot|EN", "Grazie mille|IT", "Sure thing|EN",
      "Va bene|IT", "Certo!|IT", "You're welcome|EN", "Di niente|IT", "Ci mancherebbe|IT", "My pleasure|EN",
      "Con piacere|IT", "See you soon|EN", "A presto|IT", "Got it|EN", "Ricevuto, grazie|IT", "We can't|EN",
      "Non possiamo|IT", "I'm sorry|EN", "Mi dispiace|IT", "Purtroppo non possiamo aiutarla.|IT",
      "No worries at all|EN", "Non c'è problema|IT", "Happy to help!|EN", "Buona giornata!|IT",
      "Have a nice day!|EN", "Nn è possibile|IT", "np!|EN", "Perfetto, grazie!|IT", "Done, thanks!|EN",
      "Il pacco è in consegna|IT", "Your parcel is on its way|EN", "Ordine spedito|IT", "Order shipped|EN",
      "Si figuri!|IT", "Figurati!|IT", "Cheers mate|EN", "Salve, come posso aiutarla?|IT"})
  void shortReplies(String text, Language expected) {
    assertThat(ANALYZER.identify(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hi Anna, thanks for reaching out. I have checked order A12-553 and it left our warehouse on Monday.|EN",
      "Buongiorno Marco, grazie per averci contattato. Ho verificato l'ordine e il pacco è partito lunedì.|IT"})
  void longReplies(String text, Language expected) {
    assertThat(ANALYZER.identify(text)).isEqualTo(expected);
  }
}
