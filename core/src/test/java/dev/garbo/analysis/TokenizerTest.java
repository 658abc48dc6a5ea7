package dev.garbo.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> folded(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::folded).toList();
  }

  private static List<TokenKind> kinds(String s) {
    return Tokenizer.tokenize(s).stream().map(Token::kind).toList();
  }

  @Test
  void englishContractionsExpand() {
    assertThat(folded("We can't, won't, don't. I'm sure it's fine")).containsExactly(
        "we", "can", "not", ",", "will", "not", ",", "do", "not", ".", "i", "am", "sure", "it", "'s", "fine");
    assertThat(folded("We cannot")).containsExactly("we", "can", "not");
    assertThat(folded("We can’t")).containsExactly("we", "can", "not");
  }

  @Test
  void italianElisionAndChatShorthand() {
    assertThat(folded("Non c'è l'ordine, nn è possibile")).containsExactly(
        "non", "c'", "e", "l'", "ordine", ",", "non", "e", "possibile");
    assertThat(folded("un po' di pazienza")).containsExactly("un", "po'", "di", "pazienza");
  }

  @Test
  void offsetsPointIntoTheText() {
    String s = "Hi Jon, can't";
    for (Token t : Tokenizer.tokenize(s)) {
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void chatFurnitureIsOneTokenEach() {
    assertThat(kinds("Hi @user, order #A12-553 see https://ex.co/t/9, mail jane.doe@example.com {name} {{order}} %s 🙂"))
        .containsExactly(TokenKind.WORD, TokenKind.HANDLE, TokenKind.PUNCT, TokenKind.WORD, TokenKind.CODE, TokenKind.WORD,
            TokenKind.URL, TokenKind.PUNCT, TokenKind.WORD, TokenKind.EMAIL, TokenKind.PLACEHOLDER, TokenKind.PLACEHOLDER,
            TokenKind.PLACEHOLDER, TokenKind.SYMBOL);
  }

  @Test
  void sentencesHonourAbbreviationsButNotABareNo() {
    assertThat(sentences("No. We can't do that.")).isEqualTo(2);
    assertThat(sentences("Order No. 5 has shipped.")).isEqualTo(1);
    assertThat(sentences("Mr. Rossi called. Sig. Bianchi wrote, e.g. about the refund.")).isEqualTo(2);
    assertThat(sentences("Hi Anna,\nyour refund is done.\n\nBest, Sam")).isEqualTo(2);
    assertThat(sentences("Thanks! Done? Yes...")).isEqualTo(3);
  }

  private static int sentences(String s) {
    List<Token> t = Tokenizer.tokenize(s);
    return t.get(t.size() - 1).sentence() + 1;
  }
}
