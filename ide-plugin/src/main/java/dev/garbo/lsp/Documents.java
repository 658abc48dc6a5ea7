package dev.garbo.lsp;

import dev.garbo.lsp.Configuration.ConfigProblem;
import dev.garbo.lsp.DocumentCheck.Analysis;
import dev.garbo.lsp.DocumentCheck.Reported;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents, checked as the user types.
 *
 * <p>Checks run on a background executor, never on the thread reading the editor's messages. A
 * change is checked at once when the document has not been checked for {@link #RECHECK_INTERVAL_MS};
 * changes coming faster than that are gathered and the latest text is checked when the interval is
 * up (so a burst of typing costs one check per interval, and the last keystroke is always checked).
 * Only the changed document is checked; a check whose document changed meanwhile is dropped, not
 * published. A failure on one document is logged and shown once; the others go on.
 */
final class Documents implements TextDocumentService {
  static final long RECHECK_INTERVAL_MS = 50;

  private final Map<String, Open> open = new ConcurrentHashMap<>();
  private final Configuration configuration;
  private final ClientMessages messages;
  private final ScheduledExecutorService checks;
  private volatile LanguageClient client;
  private volatile boolean markdownHover = true;
  private volatile CodeActions.ClientSupport support = new CodeActions.ClientSupport(false);

  /** One open document and the state of its checks (guarded by itself). */
  private static final class Open {
    final String uri;
    final Path configPath; // non-null for a .garbo.yaml
    volatile TextDocument doc;
    ScheduledFuture<?> pending;
    boolean running;
    boolean dirty;
    boolean closed;
    long lastStart = Long.MIN_VALUE / 2;
    Analysis last;

    Open(String uri, Path configPath, TextDocument doc) {
      this.uri = uri;
      this.configPath = configPath;
      this.doc = doc;
    }
  }

  Documents(Configuration configuration, ClientMessages messages, ScheduledExecutorService checks) {
    this.configuration = configuration;
    this.messages = messages;
    this.checks = checks;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  void clientSupport(boolean markdownHover, CodeActions.ClientSupport support) {
    this.markdownHover = markdownHover;
    this.support = support;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    TextDocumentItem item = params.getTextDocument();
    Path path = filePath(item.getUri());
    configuration.useFolderOf(path);
    Open o = new Open(item.getUri(), Configuration.isConfigFile(path) ? path : null,
        new TextDocument(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText()));
    open.put(item.getUri(), o);
    if (o.configPath != null) {
      configuration.bufferChanged(o.configPath, item.getText());
      configuration.reload(Configuration.Trigger.EDIT);
      publishConfigProblem(o, configuration.problem());
      return;
    }
    schedule(o, true);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    Open o = open.get(params.getTextDocument().getUri());
    if (o == null) {
      return;
    }
    synchronized (o) {
      Integer v = params.getTextDocument().getVersion();
      o.doc = o.doc.apply(params.getContentChanges(), v == null ? o.doc.version() + 1 : v);
    }
    if (o.configPath != null) {
      configuration.bufferChanged(o.configPath, o.doc.text());
    }
    schedule(o, false);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    Open o = open.remove(params.getTextDocument().getUri());
    if (o == null) {
      return;
    }
    synchronized (o) {
      o.closed = true;
      if (o.pending != null) {
        o.pending.cancel(false);
      }
    }
    if (o.configPath != null) {
      configuration.bufferClosed(o.configPath);
      configuration.reload(Configuration.Trigger.DISK);
    }
    publish(o.uri, List.of(), null);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    Open o = open.get(params.getTextDocument().getUri());
    if (o != null && o.configPath != null) {
      configuration.reload(Configuration.Trigger.DISK); // saved: now a broken file is worth a message
    }
  }

  /** Checks every open document again (the configuration changed). */
  void recheckAll() {
    for (Open o : open.values()) {
      if (o.configPath == null) {
        schedule(o, true);
      }
    }
  }

  /** Shows the configuration problem on the open {@code .garbo.yaml} (or rule file) it is in, and clears it elsewhere. */
  void configProblem(ConfigProblem p) {
    for (Open o : open.values()) {
      Path path = filePath(o.uri);
      if (o.configPath != null || (p != null && p.file() != null && path != null && same(path, p.file()))) {
        publishConfigProblem(o, p);
      }
    }
  }

  private void publishConfigProblem(Open o, ConfigProblem p) {
    Path path = filePath(o.uri);
    if (p == null || p.file() == null || path == null || !same(path, p.file())) {
      if (o.configPath != null) {
        publish(o.uri, List.of(), null);
      }
      return;
    }
    TextDocument doc = o.doc;
    int line = Math.max(0, p.line() - 1);
    int from = doc.lines().offset(new Position(line, Math.max(0, p.column() - 1)));
    int to = from;
    while (to < doc.text().length() && !Character.isWhitespace(doc.text().charAt(to))) {
      to++;
    }
    Diagnostic d = new Diagnostic(doc.lines().range(from, Math.max(to, from)), p.problem(), DiagnosticSeverity.Error,
        Diagnostics.SOURCE);
    publish(o.uri, List.of(d), null);
  }

  private static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private void schedule(Open o, boolean now) {
    synchronized (o) {
      if (o.closed) {
        return;
      }
      if (o.running) {
        o.dirty = true;
        return;
      }
      if (o.pending != null) {
        if (!now) {
          return; // a check is coming and will read the latest text
        }
        o.pending.cancel(false);
      }
      long wait = now ? 0 : Math.max(0, o.lastStart + RECHECK_INTERVAL_MS - System.currentTimeMillis());
      o.pending = checks.schedule(() -> run(o), wait, TimeUnit.MILLISECONDS);
    }
  }

  private void run(Open o) {
    TextDocument snapshot;
    synchronized (o) {
      o.pending = null;
      if (o.closed) {
        return;
      }
      o.running = true;
      o.lastStart = System.currentTimeMillis();
      snapshot = o.doc;
    }
    try {
      if (o.configPath != null) {
        configuration.reload(Configuration.Trigger.EDIT).join();
        return;
      }
      Checkers checkers = configuration.checkers().join();
      Analysis a = DocumentCheck.check(snapshot, checkers);
      boolean current;
      synchronized (o) {
        current = !o.closed && o.doc == snapshot;
        if (current) {
          o.last = a;
        }
      }
      if (current) {
        publish(o.uri, Diagnostics.of(a), snapshot.version());
        configuration.firstCheckDone();
      }
      if (!a.failures().isEmpty()) {
        reportFailure(o.uri, a.failures().get(0));
      }
    } catch (RuntimeException | Error e) {
      reportFailure(o.uri, e);
    } finally {
      synchronized (o) {
        o.running = false;
        if (o.dirty) {
          o.dirty = false;
          schedule(o, false);
        }
      }
    }
  }

  private void reportFailure(String uri, Throwable e) {
    messages.log("garbo failed while checking " + uri, e);
    messages.showOnce("failure:" + uri, MessageType.Error, "garbo could not check " + name(uri) + " (" + e
        + "). Other documents are still checked; details are in the garbo log. Please report it with the text that caused it.");
  }

  private static String name(String uri) {
    String p = DocumentCheck.path(uri);
    return p.substring(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
  }

  private void publish(String uri, List<Diagnostic> diagnostics, Integer version) {
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    }
  }

  /** The analysis of the document as it is now: the last one if still current, else a fresh one. */
  private Analysis current(Open o) {
    synchronized (o) {
      if (o.last != null && o.last.document() == o.doc) {
        return o.last;
      }
    }
    return DocumentCheck.check(o.doc, configuration.checkers().join());
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    Open o = open.get(params.getTextDocument().getUri());
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    if (o == null || o.configPath != null || (only != null && only.stream().noneMatch(k -> CodeActionKind.QuickFix.startsWith(k)))) {
      return CompletableFuture.completedFuture(List.of());
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        return CodeActions.of(current(o), params.getRange(), configuration.configFile(), support);
      } catch (RuntimeException e) {
        reportFailure(o.uri, e);
        return new ArrayList<>();
      }
    }, checks);
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    Open o = open.get(params.getTextDocument().getUri());
    if (o == null || o.configPath != null) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        Analysis a = current(o);
        Range at = new Range(params.getPosition(), params.getPosition());
        for (Reported r : a.findings()) {
          if (CodeActions.touches(r.range(), at)) {
            RuleCatalog catalog = a.checkers().catalog();
            MarkupContent content = markdownHover
                ? new MarkupContent(MarkupKind.MARKDOWN, RuleHover.markdown(r, catalog))
                : new MarkupContent(MarkupKind.PLAINTEXT, RuleHover.plain(r, catalog));
            return new Hover(content, r.range());
          }
        }
        return null;
      } catch (RuntimeException e) {
        reportFailure(o.uri, e);
        return null;
      }
    }, checks);
  }

  static Path filePath(String uri) {
    try {
      java.net.URI u = java.net.URI.create(uri);
      return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
