package dev.garbo.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.garbo.lsp.Configuration.ConfigFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings changes, {@code .garbo.yaml} changes on disk, and the one server command. */
final class Workspace implements WorkspaceService {
  private final Configuration configuration;
  private final ClientMessages messages;
  private final Function<Object, CompletableFuture<Optional<Settings>>> settingsFrom;
  private volatile LanguageClient client;

  /**
   * @param settingsFrom turns what {@code didChangeConfiguration} carries into settings (asking the
   *     client with {@code workspace/configuration} when it carries none); empty: keep those in force
   */
  Workspace(Configuration configuration, ClientMessages messages,
      Function<Object, CompletableFuture<Optional<Settings>>> settingsFrom) {
    this.configuration = configuration;
    this.messages = messages;
    this.settingsFrom = settingsFrom;
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    settingsFrom.apply(params.getSettings()).thenAccept(s -> s.ifPresent(settings -> {
      configuration.setSettings(settings);
      configuration.reload(Configuration.Trigger.SETTINGS);
    }));
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    configuration.reload(Configuration.Trigger.DISK);
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (!CodeActions.WRITE_CONFIG.equals(params.getCommand()) || params.getArguments() == null
        || params.getArguments().size() != 2) {
      return CompletableFuture.completedFuture(null);
    }
    String kind = string(params.getArguments().get(0));
    String value = string(params.getArguments().get(1));
    return CompletableFuture.supplyAsync(() -> {
      writeConfig(kind, value);
      return null;
    });
  }

  /** Turns a rule off or accepts a phrase in {@code .garbo.yaml}, for clients that cannot create files through an edit. */
  private void writeConfig(String kind, String value) {
    ConfigFile config = configuration.configFile();
    if (config.path() == null) {
      messages.showOnce("no-workspace", MessageType.Warning, "garbo: no workspace folder, so no .garbo.yaml to change");
      return;
    }
    String text = config.text() == null ? "" : config.text();
    List<ConfigEdits.Edit> edits = "rule".equals(kind) ? ConfigEdits.disableRule(text, value) : ConfigEdits.accept(text, value);
    if (edits.isEmpty()) {
      return;
    }
    if (config.text() == null) {
      try {
        Files.writeString(config.path(), ConfigEdits.newFile(edits), StandardCharsets.UTF_8);
        messages.log(MessageType.Info, "wrote " + config.path());
      } catch (IOException e) {
        messages.showOnce("write:" + config.path(), MessageType.Error, "garbo: cannot write " + config.path() + ": " + e.getMessage());
      }
      configuration.reload(Configuration.Trigger.DISK);
      return;
    }
    LineMap lines = LineMap.of(text);
    List<TextEdit> textEdits = edits.stream().map(e -> new TextEdit(lines.range(e.start(), e.end()), e.text())).toList();
    LanguageClient c = client;
    if (c != null) {
      c.applyEdit(new ApplyWorkspaceEditParams(new WorkspaceEdit(Map.of(config.path().toUri().toString(), textEdits))));
    }
  }

  private static String string(Object o) {
    if (o instanceof JsonPrimitive p) {
      return p.getAsString();
    }
    if (o instanceof JsonElement e) {
      return e.toString();
    }
    return String.valueOf(o);
  }
}
