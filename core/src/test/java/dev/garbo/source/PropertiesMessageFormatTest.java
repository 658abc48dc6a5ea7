package dev.garbo.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesMessageFormatTest {

  private static List<SourceReply> read(String content) throws SourceException {
    return SourceReaders.forPath("messages_it.properties", SourceOptions.defaults()).orElseThrow()
        .read("messages_it.properties", content);
  }

  @Test
  void doubledQuotesInAMessageFormatPatternAreOneApostrophe() throws SourceException {
    SourceReply r = read("a=Non c''\\u00e8 problema, {0}: ecco la fattura.\n").get(0);
    assertThat(r.text()).isEqualTo("Non c'\u00e8 problema, {0}: ecco la fattura.");
    int problema = r.text().indexOf("problema");
    assertThat(r.position(problema).column()).isEqualTo(17); // a=Non c''\u00e8 problema
    assertThat(r.position(r.text().indexOf('\'')).column()).isEqualTo(8);
  }

  @Test
  void valuesWithoutArgumentsKeepTheirQuotes() throws SourceException {
    assertThat(read("a=Un pollice: 1''\n").get(0).text()).isEqualTo("Un pollice: 1''");
  }
}
