package dev.garbo.lsp;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, does not assert: how long after a change the diagnostics of a 2,000-character document
 * arrive (warm), and how long the first diagnostics take after opening a file. garbo-lsp.jar in its
 * own process, timed from this side of stdio, so the figures include JSON-RPC both ways.
 *
 * <pre>./mvnw -pl ide-plugin -am verify -DskipVsix -Dtest=none -Dit.test=LatencyBenchIT -Dit.excludedGroups=none</pre>
 *
 * Figures go to stdout and {@code target/latency.txt}.
 */
@Tag("bench")
class LatencyBenchIT {
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final String[] SENTENCES = {
    "Buongiorno Marta, grazie per averci scritto.",
    "Ho controllato il suo ordine 44871 e il pacco è partito ieri dal magazzino di Bologna.",
    "Nessun problema, le ho già inviato la fattura all'indirizzo che ci ha indicato.",
    "Il corriere consegna di solito entro due giorni lavorativi; riceverà un SMS con l'orario.",
    "Se preferisce ritirarlo in negozio, posso spostare la consegna a Via Roma 12.",
    "Per il rimborso della spedizione ho aperto la pratica R-2291: l'accredito arriva entro cinque giorni.",
    "Le scrivo di nuovo appena il pacco risulta consegnato.",
  };

  @TempDir Path root;

  static String document(int chars) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < chars; i++) {
      b.append(SENTENCES[i % SENTENCES.length]).append(i % 3 == 2 ? "\n\n" : " ");
    }
    return b.substring(0, chars);
  }

  @Test
  void latency() throws IOException {
    ServerTest.markRepositoryRoot(root);
    List<String> report = new ArrayList<>();
    long spawn = System.nanoTime();
    try (LspSession lsp = LspSession.process(LanguageServerProcessIT.jar(), root.resolve("server.log"))) {
      lsp.initialize(root, JsonParser.parseString(LanguageServerProcessIT.VSCODE_OPTIONS));
      long initialized = System.nanoTime();
      long cpuInitialized = lsp.cpuMillis();
      String text = document(2000);
      long open = System.nanoTime();
      String uri = lsp.open(root.resolve("draft.txt"), text);
      long first = lsp.client.awaitVersion(uri, 1, WAIT);
      long cpuFirst = lsp.cpuMillis();
      report.add(String.format(Locale.ROOT, "cold: process start -> initialize answered %d ms (server CPU %d ms); didOpen -> first"
          + " diagnostics %d ms; process start -> first diagnostics %d ms (server CPU %d ms)", ms(initialized - spawn),
          cpuInitialized, ms(first - open), ms(first - spawn), cpuFirst));

      // warm up: a few hundred changes, then measure; each change waits for its own diagnostics, and
      // changes are spaced wider than the re-check interval, so each is checked as soon as it arrives
      int version = 1;
      for (int i = 0; i < 300; i++) {
        version = change(lsp, uri, version, i);
        lsp.client.awaitVersion(uri, version, WAIT);
      }
      List<Double> latencies = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        sleep(Documents.RECHECK_INTERVAL_MS + 10);
        long sent = System.nanoTime();
        version = change(lsp, uri, version, i);
        long got = lsp.client.awaitVersion(uri, version, WAIT);
        latencies.add((got - sent) / 1e6);
      }
      report.add("warm, 2,000 chars, one change then its diagnostics (200 changes): " + stats(latencies));

      // typing: a change every 30 ms for 3 s; the last one's diagnostics, timed from the last change
      List<Double> bursts = new ArrayList<>();
      for (int burst = 0; burst < 5; burst++) {
        sleep(300);
        long last = 0;
        for (int i = 0; i < 100; i++) {
          last = System.nanoTime();
          version = change(lsp, uri, version, i);
          sleep(30);
        }
        bursts.add((lsp.client.awaitVersion(uri, version, WAIT) - last) / 1e6);
      }
      report.add("typing (a change every 30 ms), last change -> its diagnostics, 5 bursts: " + stats(bursts));

      long open2 = System.nanoTime();
      String second = lsp.open(root.resolve("second.txt"), document(2000));
      report.add(String.format(Locale.ROOT, "warm server, didOpen of another 2,000-char file -> diagnostics: %.1f ms",
          (lsp.client.awaitVersion(second, 1, WAIT) - open2) / 1e6));
      lsp.shutdownAndExit();
    }
    report.add("cores: " + Runtime.getRuntime().availableProcessors() + ", load average: " + loadAverage());
    report.forEach(System.out::println);
    Files.write(Path.of("target", "latency.txt"), report);
  }

  /** Replaces one char near the middle, as typing over a letter would (an incremental change). */
  private static int change(LspSession lsp, String uri, int version, int i) {
    Position at = new Position(0, 40 + (i % 20));
    lsp.edit(uri, version + 1, new Range(at, new Position(0, at.getCharacter() + 1)), i % 2 == 0 ? "x" : "a");
    return version + 1;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static String stats(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", s.get(s.size() / 2),
        s.get((int) (s.size() * 0.9)), s.get(Math.min(s.size() - 1, (int) (s.size() * 0.99))), s.get(s.size() - 1));
  }

  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
