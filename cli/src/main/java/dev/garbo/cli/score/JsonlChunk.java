package dev.garbo.cli.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole lines of a JSON Lines file, as bytes: the reader thread only cuts the file at line ends,
 * the workers do the parsing, so reading never holds back the cores.
 *
 * @param firstLine the line number of the first line in {@code data}
 * @param data complete lines, each ending with a newline except perhaps the file's last
 */
record JsonlChunk(InputFile file, long firstLine, byte[] data) implements Chunk {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public List<Parsed> parse(FieldMapping mapping, long maxChars) {
    List<Parsed> out = new ArrayList<>();
    long line = firstLine;
    int start = 0;
    while (start < data.length) {
      int end = start;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      Parsed p = parseLine(start, end, line, mapping, maxChars);
      if (p != null) {
        out.add(p);
      }
      start = end + 1;
      line++;
    }
    return out;
  }

  private Parsed parseLine(int start, int end, long line, FieldMapping mapping, long maxChars) {
    int s = start;
    int e = end;
    if (line == 1 && e - s >= 3 && (data[s] & 0xFF) == 0xEF && (data[s + 1] & 0xFF) == 0xBB && (data[s + 2] & 0xFF) == 0xBF) {
      s += 3;
    }
    while (e > s && (data[e - 1] == '\r' || data[e - 1] == ' ' || data[e - 1] == '\t')) {
      e--;
    }
    while (s < e && (data[s] == ' ' || data[s] == '\t')) {
      s++;
    }
    if (s == e) {
      return null; // a blank line is not a record
    }
    JsonNode node;
    try {
      node = JSON.readTree(data, s, e - s);
    } catch (JsonProcessingException ex) {
      return new Rejected(file, line, "bad JSON at column " + ex.getLocation().getColumnNr() + ": " + firstLine(ex.getOriginalMessage()));
    } catch (IOException ex) {
      return new Rejected(file, line, "bad JSON: " + firstLine(ex.getMessage()));
    }
    if (node == null || !node.isObject()) {
      return new Rejected(file, line, "not a JSON object (each line must be one turn: {\"conversation\": …, \"role\": …, \"text\": …})");
    }
    try {
      return TurnBuilder.build(file, line, name -> value(node, name), mapping, maxChars);
    } catch (NotAValue ex) {
      return new Rejected(file, line, "'" + ex.getMessage() + "' is a JSON " + ex.kind + ", expected a string");
    }
  }

  /** A field's text; a dotted name reaches into nested objects when no field has the whole name. */
  private static String value(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null && name.indexOf('.') > 0) {
      v = node;
      for (String part : name.split("\\.")) {
        v = v == null ? null : v.get(part);
      }
    }
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isContainerNode()) {
      throw new NotAValue(name, v.isArray() ? "array" : "object");
    }
    return v.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** A field that holds an object or an array where garbo expects text. */
  private static final class NotAValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String kind;

    NotAValue(String field, String kind) {
      super(field, null, false, false);
      this.kind = kind;
    }
  }
}
