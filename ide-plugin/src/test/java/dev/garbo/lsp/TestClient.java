package dev.garbo.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor as far as the server can tell: records what the server says and lets tests wait for it. */
final class TestClient implements LanguageClient {
  private final Map<String, List<PublishDiagnosticsParams>> diagnostics = new HashMap<>();
  private final Map<String, Long> receivedAt = new HashMap<>();
  private final List<MessageParams> shown = new ArrayList<>();
  private final List<MessageParams> logged = new ArrayList<>();
  private final List<ApplyWorkspaceEditParams> applied = new ArrayList<>();
  volatile Object configurationAnswer;

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams p) {
    diagnostics.computeIfAbsent(p.getUri(), k -> new ArrayList<>()).add(p);
    receivedAt.putIfAbsent(p.getUri() + "@" + p.getVersion(), System.nanoTime());
    notifyAll();
  }

  @Override
  public synchronized void showMessage(MessageParams p) {
    shown.add(p);
    notifyAll();
  }

  @Override
  public synchronized void logMessage(MessageParams p) {
    logged.add(p);
    notifyAll();
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams p) {
    applied.add(p);
    notifyAll();
    return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    List<Object> answer = new ArrayList<>();
    answer.add(configurationAnswer);
    return CompletableFuture.completedFuture(answer);
  }

  /** Waits for diagnostics of {@code uri} that satisfy {@code test}, checking the latest ones published. */
  synchronized List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> test, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<PublishDiagnosticsParams> all = diagnostics.get(uri);
      if (all != null && !all.isEmpty() && test.test(all.get(all.size() - 1).getDiagnostics())) {
        return all.get(all.size() - 1).getDiagnostics();
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no diagnostics matching the test for " + uri + " within " + timeout + "; got "
            + (all == null ? "none" : all.get(all.size() - 1).getDiagnostics()) + "; messages " + shown);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Waits for the diagnostics of one version of a document; returns when they arrived ({@link System#nanoTime}). */
  synchronized long awaitVersion(String uri, int version, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    String key = uri + "@" + version;
    while (!receivedAt.containsKey(key)) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no diagnostics for version " + version + " of " + uri + " within " + timeout);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return receivedAt.get(key);
  }

  /** Waits until {@code test} holds for the messages shown so far. */
  synchronized List<MessageParams> awaitShown(Predicate<List<MessageParams>> test, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!test.test(shown)) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("messages shown: " + shown);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return List.copyOf(shown);
  }

  /** Waits until {@code count} logged messages contain {@code text}. */
  synchronized void awaitLogged(String text, int count, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (logged.stream().filter(m -> m.getMessage().contains(text)).count() < count) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("fewer than " + count + " log messages with '" + text + "': " + logged);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  synchronized List<MessageParams> shown() {
    return List.copyOf(shown);
  }

  synchronized List<MessageParams> logged() {
    return List.copyOf(logged);
  }

  synchronized List<ApplyWorkspaceEditParams> applied() {
    return List.copyOf(applied);
  }

  /** How many times diagnostics were published for {@code uri}. */
  synchronized int publications(String uri) {
    List<PublishDiagnosticsParams> all = diagnostics.get(uri);
    return all == null ? 0 : all.size();
  }
}
