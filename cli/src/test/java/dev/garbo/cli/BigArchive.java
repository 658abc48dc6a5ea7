package dev.garbo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated JSON Lines archive, large enough to span many chunks of the score pipeline, so
 * ordering across threads is actually exercised. Deterministic: the same file every time.
 */
final class BigArchive {
  private static final List<String> CUSTOMER = List.of("Thanks so much!", "Where is my parcel?",
      "Grazie mille per l'aiuto!", "Can I change the delivery address?", "Il pacco non è ancora arrivato.",
      "Thank you, that fixed it.");
  private static final List<String> AGENT = List.of("No problem, happy to help!",
      "I have checked order %d and it left our warehouse on Monday, so it should arrive within two days.",
      "Nessun problema, buona giornata!", "Unfortunately the courier lost parcel %d; I have sent a replacement today.",
      "Ho verificato l'ordine %d: è partito ieri dal nostro magazzino di Bologna.", "My pleasure, glad I could help.",
      "No worries! Is there anything else I can help you with?");

  private BigArchive() {}

  static Path write(Path file, int conversations) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int c = 0; c < conversations; c++) {
        String conv = "conv-" + c;
        int day = 5 + (c * 7 % 70);
        String time = java.time.LocalDate.of(2026, 1, 1).plusDays(day) + "T10:00:00Z";
        String agent = "agent-" + (c % 17);
        String team = "team-" + (c % 17 % 3);
        w.write(line(conv, conv + "-1", "customer", CUSTOMER.get(c % CUSTOMER.size()), null, null, time));
        w.write(line(conv, conv + "-2", "agent", String.format(AGENT.get(c % AGENT.size()), 1000 + c), agent, team, time));
        if (c % 5 == 0) {
          w.write("{\"conversation\": \"" + conv + "\", \"role\": \"agent\", \"text\": broken}\n");
        }
      }
    }
    return file;
  }

  private static String line(String conv, String id, String role, String text, String agent, String team, String time) {
    StringBuilder b = new StringBuilder("{\"conversation\":\"").append(conv).append("\",\"id\":\"").append(id)
        .append("\",\"role\":\"").append(role).append("\",\"text\":\"").append(text.replace("\"", "\\\"")).append('"');
    if (agent != null) {
      b.append(",\"agent\":\"").append(agent).append("\",\"team\":\"").append(team).append('"');
    }
    return b.append(",\"time\":\"").append(time).append("\"}\n").toString();
  }
}
