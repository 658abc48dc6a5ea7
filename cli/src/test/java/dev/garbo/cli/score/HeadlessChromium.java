package dev.garbo.cli.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket the JDK can speak), so
 * a test sees what a person would: the rendered page, console errors, uncaught exceptions and
 * every network request the page makes.
 */
final class HeadlessChromium implements AutoCloseable {
  static final String INSTALL = "install Debian's chromium package (apt-get install chromium) to render report.html"
      + " in a test; .ci/run installs it";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

  private final Process process;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final int port;

  /** The chromium binary: $CHROMIUM, /usr/bin/chromium, or chromium on the PATH. */
  static Optional<Path> find() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null) {
      candidates.add(Path.of(env));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "chromium"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  HeadlessChromium(Path binary, Path userDataDir) throws IOException, InterruptedException {
    process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + userDataDir, "--remote-debugging-port=0", "--hide-scrollbars", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CountDownLatch ready = new CountDownLatch(1);
    String[] endpoint = new String[1];
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          log.add(line);
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            endpoint[0] = m.group(1);
            ready.countDown();
          }
        }
      } catch (IOException e) {
        // the browser went away; close() reports nothing more
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    if (!ready.await(60, TimeUnit.SECONDS)) {
      close();
      throw new IOException("chromium did not start its DevTools endpoint within 60 s:\n" + String.join("\n", log));
    }
    port = URI.create(endpoint[0]).getPort();
  }

  /** The page chromium opened at start. */
  Page page() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    for (JsonNode t : JSON.readTree(list)) {
      if ("page".equals(t.path("type").asText())) {
        return new Page(http, t.get("webSocketDebuggerUrl").asText());
      }
    }
    throw new IOException("chromium has no page target: " + list);
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One tab: send commands, read the events it reported. */
  static final class Page implements WebSocket.Listener {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    Page(HttpClient http, String url) {
      this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(URI.create(url), this).join();
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
      int id = ids.incrementAndGet();
      ObjectNode msg = JSON.createObjectNode();
      msg.put("id", id);
      msg.put("method", method);
      msg.set("params", JSON.valueToTree(params));
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      socket.sendText(JSON.writeValueAsString(msg), true).join();
      JsonNode r = reply.get(60, TimeUnit.SECONDS);
      if (r.has("error")) {
        throw new IOException(method + " failed: " + r.get("error"));
      }
      return r.get("result");
    }

    /** Evaluates a script expression and returns its value (JSON-serialisable values only). */
    JsonNode eval(String expression) throws Exception {
      JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new IOException("script failed: " + r.get("exceptionDetails"));
      }
      return r.path("result").path("value");
    }

    /** Waits for an event, up to a minute. */
    JsonNode await(String method) throws Exception {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < end) {
        for (JsonNode e : events) {
          if (method.equals(e.path("method").asText())) {
            return e;
          }
        }
        Thread.sleep(50);
      }
      throw new IOException("no " + method + " within 60 s");
    }

    List<JsonNode> events() {
      return List.copyOf(events);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = JSON.readTree(partial.toString());
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "garbo.unreadableMessage").put("text", e.getMessage()));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
