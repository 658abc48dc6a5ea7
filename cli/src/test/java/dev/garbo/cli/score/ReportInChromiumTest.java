package dev.garbo.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garbo.cli.Run;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} as a person sees it: rendered by headless Chromium, with no console error,
 * no exception and no network request, its charts and tables there and working, and a screenshot
 * (kept in target/) that is a page and not a blank.
 */
class ReportInChromiumTest {
  @TempDir Path tmp;
  private Path chromium;

  @BeforeEach
  void needChromium() {
    Optional<Path> c = HeadlessChromium.find();
    Assumptions.assumeTrue(c.isPresent(), "skipped: no chromium found; " + HeadlessChromium.INSTALL);
    chromium = c.get();
  }

  @Test
  void theReportRendersWithItsChartsAndTablesAndNoErrors() throws Exception {
    Path out = tmp.resolve("out");
    Run r = Run.of("score", "src/test/resources/score/archive", "--config", "src/test/resources/score/report-config.yaml",
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Path report = out.resolve("report.html");
    try (HeadlessChromium browser = new HeadlessChromium(chromium, Files.createDirectory(tmp.resolve("profile")))) {
      HeadlessChromium.Page page = browser.page();
      page.send("Page.enable", Map.of());
      page.send("Runtime.enable", Map.of());
      page.send("Log.enable", Map.of());
      page.send("Network.enable", Map.of());
      page.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
      page.send("Page.navigate", Map.of("url", report.toUri().toString()));
      page.await("Page.loadEventFired");

      JsonNode seen = page.eval("""
          JSON.parse(JSON.stringify({
            ready: document.body.dataset.ready,
            histogramBars: document.querySelectorAll('#score-histogram rect.bar').length,
            histogramHeight: document.querySelector('#score-histogram').getBoundingClientRect().height,
            trendDots: document.querySelectorAll('#trend-score circle.dot').length,
            rules: [...document.querySelectorAll('#rules-chart a.hbar .hbar-label')].map(e => e.firstChild.textContent),
            ruleBarWidths: [...document.querySelectorAll('#rules-chart .hbar-fill')].map(e => e.getBoundingClientRect().width),
            agents: [...document.querySelectorAll('#agents-table tbody tr')].map(r => r.cells[1].textContent),
            sparklines: document.querySelectorAll('#agents-table svg.spark path').length,
            worstCards: document.querySelectorAll('#worst article.reply').length,
            rewordings: [...document.querySelectorAll('#worst .turn.fixed p')].map(p => p.textContent),
            marks: document.querySelectorAll('#worst mark').length,
            ruleDetails: [...document.querySelectorAll('details.rule')].map(d => d.id),
            firstRuleOpen: document.querySelector('details.rule').open,
            accounting: document.getElementById('accounting').textContent,
            kpis: [...document.querySelectorAll('.kpi-label')].map(e => e.textContent)
          }))""");
      assertThat(seen.get("ready").asText()).as("the script ran to its end").isEqualTo("yes");
      assertThat(seen.get("histogramBars").asInt()).isEqualTo(10);
      assertThat(seen.get("histogramHeight").asDouble()).isGreaterThan(100);
      assertThat(seen.get("trendDots").asInt()).isGreaterThanOrEqualTo(3);
      assertThat(texts(seen.get("rules"))).contains("\"No problem\" as a reply to thanks or a request",
          "Opening with \"unfortunately\"", "Mechanical closing");
      for (JsonNode w : seen.get("ruleBarWidths")) {
        assertThat(w.asDouble()).as("a bar a person can see").isGreaterThan(5);
      }
      assertThat(texts(seen.get("agents"))).contains("sam", "alex", "giulia");
      assertThat(seen.get("sparklines").asInt()).isGreaterThanOrEqualTo(3);
      assertThat(seen.get("worstCards").asInt()).isGreaterThanOrEqualTo(5);
      assertThat(texts(seen.get("rewordings"))).contains("My pleasure! Is there anything else I can help you with?");
      assertThat(seen.get("marks").asInt()).isGreaterThanOrEqualTo(5);
      assertThat(texts(seen.get("ruleDetails"))).contains("rule-no-problem", "rule-test-unfortunately",
          "rule-test-anything-else");
      assertThat(seen.get("firstRuleOpen").asBoolean()).isTrue();
      assertThat(seen.get("accounting").asText()).contains("34 records read = 16 agent replies scored + 15 customer turns")
          .contains("+ 3 rejected");
      assertThat(texts(seen.get("kpis"))).containsExactly("Mean score", "Replies flagged", "Findings per 100 replies",
          "Records rejected");

      // the page works, not only shows: sorting, filtering, opening every rule
      JsonNode sorted = page.eval("""
          (() => {
            const th = [...document.querySelectorAll('#agents-table th')].find(t => t.textContent === 'Replies');
            th.click(); th.click();
            const replies = [...document.querySelectorAll('#agents-table tbody tr')].map(r => +r.cells[3].dataset.v);
            const input = document.querySelector('input.filter');
            input.value = 'giulia';
            input.dispatchEvent(new Event('input'));
            const shown = [...document.querySelectorAll('#agents-table tbody tr')].filter(r => r.style.display !== 'none').length;
            document.getElementById('expand-all').click();
            const open = [...document.querySelectorAll('details.rule')].every(d => d.open);
            input.value = ''; input.dispatchEvent(new Event('input'));
            return {replies, shown, open};
          })()""");
      List<Integer> replies = new ArrayList<>();
      sorted.get("replies").forEach(n -> replies.add(n.asInt()));
      assertThat(replies).isSortedAccordingTo((a, b) -> b - a);
      assertThat(sorted.get("shown").asInt()).isEqualTo(1);
      assertThat(sorted.get("open").asBoolean()).isTrue();

      Path shot = screenshot(page, "report-screenshot.png");
      BufferedImage img = ImageIO.read(shot.toFile());
      assertThat(img.getWidth()).isEqualTo(1280);
      assertThat(img.getHeight()).as("the whole page, not a viewport").isGreaterThan(2000);
      assertNotBlank(img);

      assertThat(problems(page.events())).as("console errors, exceptions and network requests").isEmpty();
    }
  }

  @Test
  void theProbeSeesConsoleErrorsExceptionsAndNetworkRequests() throws Exception {
    // a check that cannot fail proves nothing: this page does all three things the report must not
    Path bad = tmp.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><body><p>bad</p><img src=\"http://192.0.2.1/x.png\">"
        + "<script>console.error('custom failure'); setTimeout(() => { throw new Error('boom'); }, 0);</script></body></html>",
        StandardCharsets.UTF_8);
    try (HeadlessChromium browser = new HeadlessChromium(chromium, Files.createDirectory(tmp.resolve("profile")))) {
      HeadlessChromium.Page page = browser.page();
      page.send("Page.enable", Map.of());
      page.send("Runtime.enable", Map.of());
      page.send("Log.enable", Map.of());
      page.send("Network.enable", Map.of());
      page.send("Page.navigate", Map.of("url", bad.toUri().toString()));
      page.await("Runtime.exceptionThrown");
      List<String> problems = problems(page.events());
      assertThat(problems).anyMatch(p -> p.contains("custom failure"));
      assertThat(problems).anyMatch(p -> p.contains("boom"));
      assertThat(problems).anyMatch(p -> p.contains("http://192.0.2.1/x.png"));
    }
  }

  /** What a report must never do at view time, as one line each. */
  private static List<String> problems(List<JsonNode> events) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      JsonNode p = e.path("params");
      switch (e.path("method").asText()) {
        case "Runtime.exceptionThrown" -> out.add("exception: " + p.path("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          String type = p.path("type").asText();
          if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
            out.add("console." + type + ": " + p.path("args"));
          }
        }
        case "Log.entryAdded" -> {
          if (p.path("entry").path("level").asText().equals("error")) {
            out.add("log: " + p.path("entry"));
          }
        }
        case "Network.requestWillBeSent" -> {
          String url = p.path("request").path("url").asText();
          if (!url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("about:")) {
            out.add("network request: " + url);
          }
        }
        default -> { }
      }
    }
    return out;
  }

  private static Path screenshot(HeadlessChromium.Page page, String name) throws Exception {
    JsonNode size = page.send("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    JsonNode shot = page.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", size.get("height").asDouble(), "scale", 1)));
    byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
    Path target = Files.createDirectories(Path.of("target", "report-screenshots")).resolve(name);
    Files.write(target, png);
    assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    return target;
  }

  /** Many colours and most of the page not background: charts, text and tables, not an empty frame. */
  private static void assertNotBlank(BufferedImage img) {
    Set<Integer> colours = new HashSet<>();
    int background = img.getRGB(0, img.getHeight() - 1);
    long ink = 0;
    long total = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        int rgb = img.getRGB(x, y);
        colours.add(rgb & 0xFFFFFF);
        total++;
        if (rgb != background) {
          ink++;
        }
      }
    }
    assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
    assertThat(ink * 100 / total).as("percent of the page that is not background").isGreaterThan(30);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
