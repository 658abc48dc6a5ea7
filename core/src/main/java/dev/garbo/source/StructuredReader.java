package dev.garbo.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.garbo.Language;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * YAML and JSON files: the string values whose path matches one of the reply path expressions are
 * replies, keyed by their concrete path. Streams tokens rather than building a tree so that every
 * value comes with the parser's location; {@link ScalarText} maps the chars within it.
 *
 * <p>The language is the nearest {@code lang}/{@code language}/{@code locale} value in the reply's
 * object or an enclosing one (it may come after the reply), else the file name marker, else the
 * default. YAML aliases are not replies (their anchor already was); YAML booleans written as words
 * ({@code No}) count as text, numbers do not. Every document of a multi-document YAML file is read.
 */
final class StructuredReader implements ReplyReader {
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final Set<String> LANGUAGE_KEYS = Set.of("lang", "language", "locale");

  private final boolean yaml;
  private final List<PathExpression> paths;
  private final Language fallback;

  StructuredReader(boolean yaml, List<String> paths, Language fallback) {
    this.yaml = yaml;
    this.paths = paths.stream().map(PathExpression::parse).toList();
    this.fallback = fallback;
  }

  /** An open object or array; its language is filled in when its language key shows up. */
  private static final class Frame {
    final boolean array;
    String key;
    int index = -1;
    Language language;

    Frame(boolean array) {
      this.array = array;
    }
  }

  /** A reply found, with the frames around it (innermost first) to resolve its language at the end. */
  private record Found(String key, MappedText text, List<Frame> frames) {}

  @Override
  public List<SourceReply> read(String file, String content) throws SourceException {
    SourceText.rejectBinary(file, content);
    if (content.isBlank()) {
      return List.of();
    }
    LineIndex lines = LineIndex.of(content);
    String source = yaml ? content : SourceText.blankBom(content); // SnakeYAML skips a BOM itself
    List<Found> found = new ArrayList<>();
    try (JsonParser parser = (yaml ? YAML : JSON).createParser(source)) {
      walk(parser, source, lines, found);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw new SourceException(file, line, column, describe(e), e);
    } catch (IOException e) {
      throw new SourceException(file, 1, 1, String.valueOf(e.getMessage()), e);
    }
    Language fileLanguage = FileNames.language(file).orElse(fallback);
    List<SourceReply> replies = new ArrayList<>();
    for (Found f : found) {
      Language language =
          f.frames.stream().map(fr -> fr.language).filter(l -> l != null).findFirst().orElse(fileLanguage);
      replies.add(new SourceReply(file, f.key, f.text.text(), language, f.text.map()));
    }
    return replies;
  }

  private void walk(JsonParser parser, String source, LineIndex lines, List<Found> found) throws IOException {
    Deque<Frame> stack = new ArrayDeque<>();
    CodePointOffsets offsets = new CodePointOffsets(source);
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      Frame top = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        top.key = parser.currentName();
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop();
        continue;
      }
      if (top != null && top.array) {
        top.index++;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        stack.push(new Frame(token == JsonToken.START_ARRAY));
        continue;
      }
      if (!isText(parser, token)) {
        continue;
      }
      String value = parser.getText();
      if (top != null && !top.array && top.key != null && LANGUAGE_KEYS.contains(top.key.toLowerCase(Locale.ROOT))) {
        top.language = Language.fromCode(value.split("[-_]")[0]).orElse(null);
      }
      List<Object> path = pathOf(stack);
      if (value.isBlank() || paths.stream().noneMatch(p -> p.matches(path))) {
        continue;
      }
      JsonLocation at = parser.currentTokenLocation();
      // YAML offsets count code points (SnakeYAML), JSON offsets count chars
      int start = (int) (yaml ? offsets.toCharOffset(at.getCharOffset()) : at.getCharOffset());
      MappedText text = ScalarText.map(source, start, value, lines, yaml);
      found.add(new Found(PathExpression.render(path), text, List.copyOf(stack)));
    }
  }

  private boolean isText(JsonParser parser, JsonToken token) throws IOException {
    if (!yaml) {
      return token == JsonToken.VALUE_STRING;
    }
    if (((YAMLParser) parser).isCurrentAlias()) {
      return false;
    }
    return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
  }

  private static List<Object> pathOf(Deque<Frame> stack) {
    List<Object> path = new ArrayList<>(stack.size());
    for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
      Frame f = it.next();
      path.add(f.array ? (Object) f.index : f.key);
    }
    return path;
  }

  /** SnakeYAML messages are context, location, snippet, caret, problem: keep the sentences. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    return message
        .lines()
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .collect(Collectors.joining(": "));
  }

  /** Turns increasing code point offsets into char offsets without rescanning from the start. */
  private static final class CodePointOffsets {
    private final String s;
    private long codePoints;
    private int chars;

    CodePointOffsets(String s) {
      this.s = s;
    }

    long toCharOffset(long codePoint) {
      if (codePoint < 0) {
        return 0;
      }
      if (codePoint < codePoints) {
        codePoints = 0;
        chars = 0;
      }
      while (codePoints < codePoint && chars < s.length()) {
        chars += Character.charCount(s.codePointAt(chars));
        codePoints++;
      }
      return chars;
    }
  }
}
