package dev.garbo.cli.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads plain-text transcripts:
 *
 * <pre>
 * Customer: My parcel has not arrived.
 * Agent: I'm sorry to hear that. I've checked order 4471...
 *
 * Cliente: Grazie mille!
 * Operatore: Nessun problema!
 * </pre>
 *
 * <p>A turn starts with its speaker and a colon and runs until the next turn; a blank line followed
 * by a new turn starts a new conversation, while a blank line followed by more text is a paragraph
 * break inside the same turn. Role names given with {@code --role-agent} / {@code --role-customer}
 * work as speakers too.
 */
final class TextReader {
  static final Set<String> AGENT_PREFIXES = Set.of("agent", "operatore", "operator", "operatrice");
  static final Set<String> CUSTOMER_PREFIXES = Set.of("customer", "cliente", "client");

  private final InputFile file;
  private final ChunkSink sink;
  private final FieldMapping mapping;
  private final long maxChars;
  private final String conversationPrefix;
  private List<Parsed> batch = new ArrayList<>();
  private int conversation;
  private Role role;
  private long turnLine;
  private StringBuilder text;

  private TextReader(InputFile file, ChunkSink sink, FieldMapping mapping, long maxChars) {
    this.file = file;
    this.sink = sink;
    this.mapping = mapping;
    this.maxChars = maxChars;
    this.conversationPrefix = file.path().getFileName() + "#";
  }

  static void read(InputFile file, BufferedReader in, ChunkSink sink, FieldMapping mapping, long maxChars)
      throws IOException, InterruptedException {
    TextReader r = new TextReader(file, sink, mapping, maxChars);
    try {
      r.readAll(in);
    } finally {
      r.flush();
    }
  }

  private void readAll(BufferedReader in) throws IOException, InterruptedException {
    long lineNo = 0;
    boolean blankBefore = true;
    String line;
    while (true) {
      try {
        line = in.readLine();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new java.io.IOException("invalid UTF-8 on line " + (lineNo + 1) + "; save the file as UTF-8", e);
      }
      if (line == null) {
        break;
      }
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        blankBefore = true;
        continue;
      }
      int colon = line.indexOf(':');
      Role speaker = colon > 0 && colon <= 40 ? speaker(line.substring(0, colon)) : null;
      if (speaker != null) {
        endTurn();
        if (blankBefore) {
          conversation++;
        }
        role = speaker;
        turnLine = lineNo;
        text = new StringBuilder(line.substring(colon + 1).strip());
      } else if (role != null) {
        text.append(blankBefore ? "\n\n" : "\n").append(line.strip());
      } else {
        add(new Rejected(file, lineNo, "expected a turn starting with Agent:, Customer:, Operatore: or Cliente:"));
      }
      blankBefore = false;
    }
    endTurn();
  }

  private Role speaker(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (AGENT_PREFIXES.contains(n) || mapping.agentRoles().contains(n)) {
      return Role.AGENT;
    }
    if (CUSTOMER_PREFIXES.contains(n) || mapping.customerRoles().contains(n)) {
      return Role.CUSTOMER;
    }
    return null;
  }

  private void endTurn() throws InterruptedException {
    if (role == null) {
      return;
    }
    String t = text.toString().strip();
    if (t.isEmpty()) {
      add(new Rejected(file, turnLine, "empty turn: nothing after the speaker's name"));
    } else if (t.length() > maxChars) {
      add(new Rejected(file, turnLine, "the turn is " + t.length() + " characters long, more than a reply can be"
          + " (the limit is " + maxChars + "; raise it with --max-size)"));
    } else {
      add(new Turn(file, turnLine, conversationPrefix + conversation, role, t, null, null, null, null, null));
    }
    role = null;
    text = null;
  }

  private void add(Parsed p) throws InterruptedException {
    batch.add(p);
    if (batch.size() >= CsvReader.BATCH) {
      flush();
    }
  }

  private void flush() throws InterruptedException {
    if (!batch.isEmpty()) {
      sink.accept(new RecordChunk(file, batch));
      batch = new ArrayList<>();
    }
  }

  /** The speakers a text transcript may name, for messages. */
  static String speakers() {
    return String.join(", ", new TreeSet<>(AGENT_PREFIXES)) + " / " + String.join(", ", new TreeSet<>(CUSTOMER_PREFIXES));
  }
}
