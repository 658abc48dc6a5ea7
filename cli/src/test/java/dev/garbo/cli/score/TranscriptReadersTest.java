package dev.garbo.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garbo.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on small files: what becomes a turn, what is rejected, and on which line. */
class TranscriptReadersTest {
  @TempDir Path tmp;

  private List<Parsed> read(String name, String content, FieldMapping mapping) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    InputFile in = new InputFile(f, name, Format.fromName(name).orElse(null), Files.size(f));
    List<Parsed> out = new ArrayList<>();
    Sources.read(in, c -> out.addAll(c.parse(mapping, 10_000)), mapping, 10_000, new AtomicLong());
    return out;
  }

  private List<Parsed> read(String name, String content) throws Exception {
    return read(name, content, FieldMapping.DEFAULT);
  }

  @Test
  void textTranscriptsSplitTurnsParagraphsAndConversations() throws Exception {
    List<Parsed> p = read("chat.txt", """
        \uFEFFCustomer: My order is late.
        Agent: I'm sorry. I have checked it:
        it left on Monday.

        It should arrive tomorrow.

        Cliente: Grazie!
        Operatore:   Con piacere!
        random line before any speaker? no, it continues the turn
        """);
    assertThat(p).allMatch(x -> x instanceof Turn);
    List<Turn> t = p.stream().map(Turn.class::cast).toList();
    assertThat(t).extracting(Turn::role).containsExactly(Role.CUSTOMER, Role.AGENT, Role.CUSTOMER, Role.AGENT);
    assertThat(t).extracting(Turn::line).containsExactly(1L, 2L, 7L, 8L);
    assertThat(t).extracting(Turn::conversation).containsExactly("chat.txt#1", "chat.txt#1", "chat.txt#2", "chat.txt#2");
    assertThat(t.get(1).text()).isEqualTo("I'm sorry. I have checked it:\nit left on Monday.\n\nIt should arrive tomorrow.");
    assertThat(t.get(3).text()).isEqualTo("Con piacere!\nrandom line before any speaker? no, it continues the turn");
  }

  @Test
  void textLinesBeforeAnySpeakerAndEmptyTurnsAreRejected() throws Exception {
    List<Parsed> p = read("chat.txt", "Hello there\nAgent:\nCustomer: hi\n");
    assertThat(p).hasSize(3);
    assertThat(((Rejected) p.get(0)).describe()).isEqualTo("chat.txt:1: expected a turn starting with Agent:, Customer:, Operatore: or Cliente:");
    assertThat(((Rejected) p.get(1)).describe()).isEqualTo("chat.txt:2: empty turn: nothing after the speaker's name");
  }

  @Test
  void mappedRoleNamesWorkAsSpeakers() throws Exception {
    FieldMapping m = FieldMapping.of(dev.garbo.config.GarboConfig.ScoreSettings.DEFAULT, Map.of(), List.of("Support"), List.of("Guest"));
    List<Parsed> p = read("chat.txt", "Guest: thanks!\nSupport: no problem!\n", m);
    assertThat(p).extracting(x -> ((Turn) x).role()).containsExactly(Role.CUSTOMER, Role.AGENT);
  }

  @Test
  void csvWithSemicolonsQuotedLineBreaksAndHeaderCase() throws Exception {
    List<Parsed> p = read("x.csv", "Conversation;Role;Text;Time\r\n"
        + "c1;customer;\"Hello; I need help\";2026-01-05 10:00:00\r\n"
        + "c1;agent;\"Two\r\nlines\";2026-01-05T10:01:00+01:00\r\n"
        + "c1;agent;too;many;fields;here\r\n"
        + "c1;agent;late;yesterday\r\n");
    assertThat(p).hasSize(4);
    Turn first = (Turn) p.get(0);
    assertThat(first.text()).isEqualTo("Hello; I need help");
    assertThat(first.time()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    Turn second = (Turn) p.get(1);
    assertThat(second.line()).isEqualTo(3);
    assertThat(second.text()).isEqualTo("Two\r\nlines");
    assertThat(second.time()).isEqualTo(Instant.parse("2026-01-05T09:01:00Z"));
    assertThat(((Rejected) p.get(2)).describe()).isEqualTo(
        "x.csv:5: the row has 6 fields, the header (line 1) has 4; quote fields that contain ';'");
    assertThat(((Rejected) p.get(3)).describe()).startsWith("x.csv:6: 'time' is not an ISO-8601 date or time: 'yesterday'");
  }

  @Test
  void jsonLinesWithBomCrlfDottedFieldsAndNonTextValues() throws Exception {
    FieldMapping m = FieldMapping.of(dev.garbo.config.GarboConfig.ScoreSettings.DEFAULT,
        Map.of("role", "author.type", "text", "body", "conversation", "ticket"), List.of(), List.of());
    List<Parsed> p = read("x.jsonl", "\uFEFF{\"ticket\": 42, \"author\": {\"type\": \"agent\"}, \"body\": \"Done!\", \"lang\": \"IT\"}\r\n"
        + "   \r\n"
        + "{\"ticket\": 42, \"author\": {\"type\": \"agent\"}, \"body\": {\"html\": \"<p>x</p>\"}}\r\n"
        + "[1, 2]\r\n"
        + "{\"ticket\": 42, \"author\": {\"type\": \"agent\"}, \"body\": \"x\"} trailing\n", m);
    assertThat(p).hasSize(4);
    Turn t = (Turn) p.get(0);
    assertThat(t.conversation()).isEqualTo("42");
    assertThat(t.language()).isEqualTo(Language.IT);
    assertThat(((Rejected) p.get(1)).describe()).isEqualTo("x.jsonl:3: 'body' is a JSON object, expected a string");
    assertThat(((Rejected) p.get(2)).describe()).startsWith("x.jsonl:4: not a JSON object");
    assertThat(((Rejected) p.get(3)).describe()).startsWith("x.jsonl:5: bad JSON at column");
  }

  @Test
  void invalidUtf8InOneJsonLineRejectsThatLineOnly() throws Exception {
    Path f = tmp.resolve("bad.jsonl");
    byte[] good = "{\"conversation\":\"c\",\"role\":\"agent\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"conversation\":\"c\",\"role\":\"agent\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, concat(good, bad, good));
    InputFile in = new InputFile(f, "bad.jsonl", Format.JSONL, Files.size(f));
    List<Parsed> out = new ArrayList<>();
    Sources.read(in, c -> out.addAll(c.parse(FieldMapping.DEFAULT, 10_000)), FieldMapping.DEFAULT, 10_000, new AtomicLong());
    assertThat(out).hasSize(3);
    assertThat(out.get(1)).isInstanceOf(Rejected.class);
    assertThat(((Rejected) out.get(1)).line()).isEqualTo(2);
    assertThat(((Rejected) out.get(1)).reason()).containsIgnoringCase("UTF-8");
  }

  @Test
  void formatsAreKnownByNameOrByContent() throws IOException {
    assertThat(Format.fromName("a.JSONL.gz")).contains(Format.JSONL);
    assertThat(Format.fromName("a.csv")).contains(Format.CSV);
    assertThat(Format.fromName("a.txt.gz")).contains(Format.TEXT);
    assertThat(Format.fromName("a.md")).isEmpty();
    byte[] json = "  {\"a\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] csv = "conversation,role,text\n".getBytes(StandardCharsets.UTF_8);
    byte[] text = "Agent: hello, how are you\n".getBytes(StandardCharsets.UTF_8);
    assertThat(Format.sniff(json, json.length)).isEqualTo(Format.JSONL);
    assertThat(Format.sniff(csv, csv.length)).isEqualTo(Format.CSV);
    assertThat(Format.sniff(text, text.length)).isEqualTo(Format.TEXT);
  }

  @Test
  void timesInTheFormsExportsWriteThem() {
    assertThat(Times.parse("2026-01-05T07:35:58Z")).isEqualTo(Instant.parse("2026-01-05T07:35:58Z"));
    assertThat(Times.parse("2026-01-05T08:35:58+01:00")).isEqualTo(Instant.parse("2026-01-05T07:35:58Z"));
    assertThat(Times.parse("2026-01-05 07:35:58")).isEqualTo(Instant.parse("2026-01-05T07:35:58Z"));
    assertThat(Times.parse("2026-01-05")).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(Times.parse("1767598558")).isEqualTo(Instant.parse("2026-01-05T07:35:58Z"));
    assertThat(Times.parse("1767598558000")).isEqualTo(Instant.parse("2026-01-05T07:35:58Z"));
    assertThat(Times.parse("05/01/2026")).isNull();
    assertThat(Times.week(Instant.parse("2026-01-04T23:59:59Z"))).isEqualTo("2026-W01");
    assertThat(Times.week(Instant.parse("2026-01-05T00:00:00Z"))).isEqualTo("2026-W02");
    assertThat(Times.week(Instant.parse("2025-12-29T00:00:00Z"))).isEqualTo("2026-W01");
    assertThat(Times.monday("2026-W02")).isEqualTo(java.time.LocalDate.of(2026, 1, 5));
    assertThat(Times.previous("2026-W01")).isEqualTo("2025-W52");
  }

  @Test
  void contextIsTheCustomersLastTurnInTheSameConversationAndFile() {
    InputFile a = new InputFile(Path.of("a"), "a", Format.JSONL, 0);
    InputFile b = new InputFile(Path.of("b"), "b", Format.JSONL, 0);
    Linker l = new Linker();
    Batch first = l.link(List.of(
        turn(a, "c1", Role.CUSTOMER, "Thanks!"), turn(a, "c2", Role.CUSTOMER, "Where is it?"),
        turn(a, "c1", Role.AGENT, "No problem!"), new Rejected(a, 4, "bad")));
    Batch second = l.link(List.of(turn(a, "c2", Role.AGENT, "On its way."), turn(b, "c1", Role.AGENT, "Hello")));
    assertThat(first.jobs()).extracting(Job::context).containsExactly("Thanks!");
    assertThat(first.read()).isEqualTo(4);
    assertThat(first.skipped()).isEqualTo(2);
    assertThat(second.jobs()).extracting(Job::context).containsExactly("Where is it?", null);
    assertThat(second.jobs()).extracting(Job::seq).containsExactly(1L, 2L);
  }

  @Test
  void theConversationMemoryIsBoundedByCharactersToo() {
    InputFile a = new InputFile(Path.of("a"), "a", Format.JSONL, 0);
    Linker l = new Linker();
    String email = "x".repeat(1_000_000); // customers paste whole e-mails
    List<Parsed> records = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      records.add(turn(a, "c" + i, Role.CUSTOMER, email));
    }
    records.add(turn(a, "c0", Role.AGENT, "Hello"));
    records.add(turn(a, "c19", Role.AGENT, "Hello"));
    Batch b = l.link(records);
    assertThat(b.jobs().get(0).context()).as("the oldest conversation was forgotten").isNull();
    assertThat(b.jobs().get(1).context()).isSameAs(email);
  }

  @Test
  void fieldMappingRejectsRolesOnBothSides() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FieldMapping.of(dev.garbo.config.GarboConfig.ScoreSettings.DEFAULT,
        Map.of(), List.of("staff"), List.of("Staff"))).hasMessageContaining("role 'staff' is given both");
    FieldMapping m = FieldMapping.of(dev.garbo.config.GarboConfig.ScoreSettings.DEFAULT, Map.of(), List.of("admin,bot"), List.of());
    assertThat(m.agentRoles()).isEqualTo(Set.of("admin", "bot"));
    assertThat(m.role(" ADMIN ")).isEqualTo(Role.AGENT);
  }

  private static Turn turn(InputFile f, String conv, Role role, String text) {
    return new Turn(f, 1, conv, role, text, null, null, null, null, null);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.writeBytes(p);
    }
    return o.toByteArray();
  }
}
