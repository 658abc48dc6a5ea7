package dev.garbo.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test files under resources/source/ and positions computed from them without the code under test. */
final class Fixtures {
  private Fixtures() {}

  static String raw(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/source/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SourceReply> read(String name) throws SourceException {
    return read(name, SourceOptions.defaults());
  }

  static List<SourceReply> read(String name, SourceOptions options) throws SourceException {
    return SourceReaders.forPath("source/" + name, options).orElseThrow().read("source/" + name, raw(name));
  }

  static SourceReply reply(List<SourceReply> replies, String key) {
    return replies.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no reply " + key));
  }

  /**
   * Where {@code word} is in the raw file, found by searching for the (unique) {@code context} that
   * contains it and counting lines by hand.
   */
  static FilePosition where(String raw, String context, String word) {
    int at = raw.indexOf(context);
    assertThat(at).as("context '%s' in file", context).isNotNegative();
    assertThat(raw.indexOf(context, at + 1)).as("context '%s' is unique", context).isNegative();
    assertThat(context).contains(word);
    return at(raw, at + context.indexOf(word));
  }

  static FilePosition at(String raw, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      if (raw.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new FilePosition(index, line, column);
  }

  /** The position of {@code word} in the reply, by the mapper. */
  static FilePosition found(SourceReply reply, String word) {
    int k = reply.text().indexOf(word);
    assertThat(k).as("'%s' in reply text: %s", word, reply.text()).isNotNegative();
    return reply.position(k);
  }
}
