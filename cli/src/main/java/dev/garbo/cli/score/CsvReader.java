package dev.garbo.cli.score;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV exports: a header row naming the columns (the same names as the JSON fields, or mapped
 * with {@code --field}), then one turn per row. The separator is whatever the header uses most of
 * comma, semicolon (spreadsheets set to Italian write those) or tab. Quoted fields may span lines.
 */
final class CsvReader {
  static final int BATCH = 1000;
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private CsvReader() {}

  static void read(InputFile file, BufferedReader in, ChunkSink sink, FieldMapping mapping, long maxChars)
      throws IOException, InterruptedException {
    char separator = separator(in);
    List<Parsed> batch = new ArrayList<>();
    try (CsvParser p = (CsvParser) CSV.getFactory().createParser(in)) {
      p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
      Map<String, Integer> columns = null;
      long headerLine = 0;
      int depth = 0; // the records come as arrays inside one array around the whole file
      List<String> row = null;
      long line = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          if (++depth == 2) {
            row = new ArrayList<>();
            line = 0;
          }
          continue;
        }
        if (t == JsonToken.VALUE_STRING && depth == 2) {
          if (line == 0) {
            line = location(p.currentTokenLocation()); // the first field's line is the record's
          }
          row.add(p.getText());
          continue;
        }
        if (t != JsonToken.END_ARRAY || depth-- != 2 || row.isEmpty()) {
          continue;
        }
        if (columns == null) {
          columns = header(row);
          headerLine = line;
          if (!columns.containsKey(mapping.name("text").toLowerCase(Locale.ROOT))) {
            batch.add(new Unreadable(file, "line " + line + ": the header row (" + String.join(", ", row)
                + ") has no '" + mapping.name("text") + "' column; name the text column with --field text=COLUMN"));
            break;
          }
          continue;
        }
        if (row.size() > columns.size()) {
          batch.add(new Rejected(file, line, "the row has " + row.size() + " fields, the header (line " + headerLine
              + ") has " + columns.size() + "; quote fields that contain '" + separator + "'"));
        } else {
          Map<String, Integer> cols = columns;
          List<String> r = row;
          batch.add(TurnBuilder.build(file, line, name -> {
            Integer i = cols.get(name.toLowerCase(Locale.ROOT));
            return i == null || i >= r.size() ? null : r.get(i);
          }, mapping, maxChars));
        }
        if (batch.size() >= BATCH) {
          sink.accept(new RecordChunk(file, batch));
          batch = new ArrayList<>();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // a quote left open swallows the rest of the file: nothing after it can be trusted
      batch.add(new Unreadable(file, "line " + location(e.getLocation()) + ": " + e.getOriginalMessage()
          + "; the rest of the file was not read"));
    } finally {
      if (!batch.isEmpty()) {
        sink.accept(new RecordChunk(file, batch));
      }
    }
  }

  private static long location(JsonLocation l) {
    return l == null ? 0 : Math.max(1, l.getLineNr());
  }

  private static Map<String, Integer> header(List<String> row) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      String name = row.get(i).trim().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      m.putIfAbsent(name, i);
    }
    return m;
  }

  /** The separator the header row uses most, outside quotes. */
  private static char separator(BufferedReader in) throws IOException {
    in.mark(64 * 1024);
    char[] head = new char[64 * 1024];
    int n = in.read(head);
    in.reset();
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < Math.max(n, 0); i++) {
      char c = head[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma ? '\t' : ',';
  }
}
