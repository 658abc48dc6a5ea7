package dev.garbo.lsp;

import dev.garbo.engine.Engine;
import dev.garbo.rule.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * garbo's language server: diagnostics as you type, quick fixes, hovers, for plain text, Markdown,
 * {@code .properties} bundles, YAML/JSON bot files and templates. See {@code ide-plugin/README.md}.
 */
public final class GarboLanguageServer implements LanguageServer, LanguageClientAware {
  private final ClientMessages messages = new ClientMessages();
  private final ExecutorService loading = Executors.newSingleThreadExecutor(daemon("garbo-config"));
  private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("garbo-grammar"));
  private final ScheduledExecutorService checks;
  private final Configuration configuration = new Configuration(messages, loading, background);
  private final Documents documents;
  private final Workspace workspace;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile boolean shutdown;

  public GarboLanguageServer() {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(
        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), daemon("garbo-check"));
    pool.setRemoveOnCancelPolicy(true);
    checks = pool;
    documents = new Documents(configuration, messages, checks);
    workspace = new Workspace(configuration, messages, this::settings);
    configuration.onChange(c -> documents.recheckAll());
    configuration.onProblem(documents::configProblem);
    // reading the rule catalogue is most of a cold start: begin before the editor's initialize
    // request arrives (the packs keep their rules, so the real build reuses them)
    loading.execute(() -> {
      try {
        Engine.discover(GarboLanguageServer.class.getClassLoader()).forEach(RulePack::rules);
      } catch (RuntimeException e) {
        // the real build reports it, with the place
      }
    });
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    messages.connect(client);
    documents.connect(client);
    workspace.connect(client);
  }

  /** Completes with the exit code when the client sends {@code exit}. */
  public CompletableFuture<Integer> exited() {
    return exit;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
    }
    configuration.setRoot(root(params).orElse(null));
    configuration.setSettings(Settings.from(params.getInitializationOptions()));
    documents.clientSupport(markdownHover(), new CodeActions.ClientSupport(canCreateFiles()));
    configuration.reload(Configuration.Trigger.START);

    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    caps.setHoverProvider(true);
    caps.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.WRITE_CONFIG)));
    return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("garbo", version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    LanguageClient c = client;
    var ws = capabilities.getWorkspace();
    if (c == null || ws == null) {
      return;
    }
    if (ws.getDidChangeWatchedFiles() != null && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration())) {
      var watch = new DidChangeWatchedFilesRegistrationOptions(List.of(new FileSystemWatcher(Either.forLeft("**/.garbo.yaml"))));
      c.registerCapability(new RegistrationParams(List.of(new Registration("garbo-config-watch",
          "workspace/didChangeWatchedFiles", watch))));
    }
  }

  /**
   * Settings from a {@code didChangeConfiguration}; when it carries none of ours and the client
   * answers {@code workspace/configuration}, they are asked for. Empty when neither has any: the
   * settings in force stay.
   */
  private CompletableFuture<Optional<Settings>> settings(Object sent) {
    Optional<Settings> s = Settings.in(sent);
    var ws = capabilities.getWorkspace();
    LanguageClient c = client;
    if (s.isPresent() || c == null || ws == null || !Boolean.TRUE.equals(ws.getConfiguration())) {
      return CompletableFuture.completedFuture(s);
    }
    ConfigurationItem item = new ConfigurationItem();
    item.setSection("garbo");
    return c.configuration(new ConfigurationParams(List.of(item)))
        .thenApply(list -> list == null || list.isEmpty() ? Optional.<Settings>empty() : Settings.in(list.get(0)))
        .exceptionally(e -> Optional.empty());
  }

  private boolean markdownHover() {
    var td = capabilities.getTextDocument();
    if (td == null || td.getHover() == null || td.getHover().getContentFormat() == null) {
      return true;
    }
    return td.getHover().getContentFormat().contains(MarkupKind.MARKDOWN);
  }

  private boolean canCreateFiles() {
    var ws = capabilities.getWorkspace();
    if (ws == null || ws.getWorkspaceEdit() == null) {
      return false;
    }
    var we = ws.getWorkspaceEdit();
    return Boolean.TRUE.equals(we.getDocumentChanges()) && we.getResourceOperations() != null
        && we.getResourceOperations().contains("create");
  }

  @SuppressWarnings("deprecation") // rootUri and rootPath: older clients send only these
  private static Optional<Path> root(InitializeParams p) {
    List<WorkspaceFolder> folders = p.getWorkspaceFolders();
    if (folders != null && !folders.isEmpty()) {
      return Optional.ofNullable(Documents.filePath(folders.get(0).getUri()));
    }
    if (p.getRootUri() != null) {
      return Optional.ofNullable(Documents.filePath(p.getRootUri()));
    }
    if (p.getRootPath() != null) {
      return Optional.of(Path.of(p.getRootPath()));
    }
    return Optional.empty();
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    checks.shutdownNow();
    background.shutdownNow();
    loading.shutdownNow();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exit.complete(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  static String version() {
    String v = GarboLanguageServer.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
