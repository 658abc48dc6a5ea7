package dev.garbo.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** A conversation with a garbo language server, in its own process or (for fast unit tests) in this one. */
final class LspSession implements AutoCloseable {
  final TestClient client = new TestClient();
  final LanguageServer server;
  private final Process process;
  private final CompletableFuture<Integer> inProcessExit;
  private final Path log;

  private LspSession(InputStream fromServer, OutputStream toServer, Process process, CompletableFuture<Integer> inProcessExit,
      Path log) {
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
    launcher.startListening();
    this.server = launcher.getRemoteProxy();
    this.process = process;
    this.inProcessExit = inProcessExit;
    this.log = log;
  }

  /** {@code java -jar garbo-lsp.jar}, the way editors start it; its stderr goes to {@code log}. */
  static LspSession process(Path jar, Path log, String... jvmArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(jvmArgs));
    cmd.add("-jar");
    cmd.add(jar.toString());
    try {
      Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
      return new LspSession(p.getInputStream(), p.getOutputStream(), p, null, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The server on pipes in this JVM. NIO pipes, not {@code PipedInputStream}, which fails ("write end
   * dead") once a thread that wrote to it has ended, and the server writes from pool threads.
   */
  static LspSession inProcess() {
    try {
      Pipe toServer = Pipe.open();
      Pipe toClient = Pipe.open();
      InputStream serverIn = Channels.newInputStream(toServer.source());
      OutputStream serverOut = Channels.newOutputStream(toClient.sink());
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> LspMain.serve(serverIn, serverOut));
      return new LspSession(Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()), null,
          exit, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a capable editor (VS Code) says it supports. */
  static ClientCapabilities capabilities() {
    ClientCapabilities caps = new ClientCapabilities();
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
    edits.setDocumentChanges(true);
    edits.setResourceOperations(List.of(ResourceOperationKind.Create));
    ws.setWorkspaceEdit(edits);
    ws.setConfiguration(true);
    caps.setWorkspace(ws);
    TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
    td.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
    caps.setTextDocument(td);
    return caps;
  }

  InitializeResult initialize(Path root, Object initializationOptions) {
    return initialize(root, initializationOptions, capabilities());
  }

  InitializeResult initialize(Path root, Object initializationOptions, ClientCapabilities caps) {
    InitializeParams p = new InitializeParams();
    p.setCapabilities(caps);
    if (root != null) {
      p.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), root.getFileName().toString())));
    }
    p.setInitializationOptions(initializationOptions);
    InitializeResult r = server.initialize(p).join();
    server.initialized(new InitializedParams());
    return r;
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }

  String open(Path file, String text) {
    String name = file.getFileName().toString();
    String languageId = name.endsWith(".md") ? "markdown" : name.endsWith(".properties") ? "properties"
        : name.endsWith(".yaml") || name.endsWith(".yml") ? "yaml" : name.endsWith(".json") ? "json" : "plaintext";
    String uri = uri(file);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    return uri;
  }

  /** Replaces the whole text (full sync). */
  void replace(String uri, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** Edits a range (incremental sync). */
  void edit(String uri, int version, Range range, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  List<CodeAction> codeActions(String uri, Range range) {
    CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(List.of()));
    List<Either<Command, CodeAction>> actions = server.getTextDocumentService().codeAction(p).join();
    return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
  }

  Hover hover(String uri, Position at) {
    return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at)).join();
  }

  /** Applies text edits (LSP ranges) to a text, the way an editor does. */
  static String apply(String text, List<TextEdit> edits) {
    LineMap lines = LineMap.of(text);
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing((TextEdit e) -> lines.offset(e.getRange().getStart())).reversed());
    StringBuilder b = new StringBuilder(text);
    for (TextEdit e : sorted) {
      b.replace(lines.offset(e.getRange().getStart()), lines.offset(e.getRange().getEnd()), e.getNewText());
    }
    return b.toString();
  }

  static List<TextEdit> editsFor(CodeAction action, String uri) {
    Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
    return changes.get(uri);
  }

  /** {@code shutdown}, {@code exit}; the exit code of the process (or of the in-process server). */
  int shutdownAndExit() {
    server.shutdown().join();
    server.exit();
    try {
      if (process != null) {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          throw new AssertionError("the server did not exit after shutdown and exit");
        }
        return process.exitValue();
      }
      return inProcessExit.get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** CPU time the server process has used so far (user + system), -1 when unknown. */
  long cpuMillis() {
    return process == null ? -1 : process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
  }

  String serverLog() {
    try {
      return log != null && Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
