package dev.garbo.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathExpressionTest {

  @Test
  void matchesKeysAnyKeyAndIndices() {
    PathExpression rasa = PathExpression.parse("responses.*[*].text");

    assertThat(rasa.matches(List.of("responses", "utter_greet", 0, "text"))).isTrue();
    assertThat(rasa.matches(List.of("responses", "utter_greet", "text"))).isFalse();
    assertThat(rasa.matches(List.of("responses", "utter_greet", 0, "text", "x"))).isFalse();
    assertThat(PathExpression.parse("messages[1].content").matches(List.of("messages", 1, "content"))).isTrue();
    assertThat(PathExpression.parse("messages[1].content").matches(List.of("messages", 0, "content"))).isFalse();
    assertThat(PathExpression.parse("[*].text").matches(List.of(3, "text"))).isTrue();
  }

  @Test
  void anyDepth() {
    PathExpression deep = PathExpression.parse("**.text");

    assertThat(deep.matches(List.of("text"))).isTrue();
    assertThat(deep.matches(List.of("a", 2, "b", "text"))).isTrue();
    assertThat(deep.matches(List.of("a", "texts"))).isFalse();
  }

  @Test
  void rendersConcretePaths() {
    assertThat(PathExpression.render(List.of("responses", "utter_greet", 0, "text"))).isEqualTo("responses.utter_greet[0].text");
    assertThat(PathExpression.render(List.of(0, "text"))).isEqualTo("[0].text");
  }
}
