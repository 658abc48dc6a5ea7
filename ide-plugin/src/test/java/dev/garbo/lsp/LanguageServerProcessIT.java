package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** garbo-lsp.jar in its own process, spoken to over its real stdin and stdout, as an editor does. */
class LanguageServerProcessIT {
  /** What the VS Code extension sends. */
  static final String VSCODE_OPTIONS = """
      {"language": "auto", "register": "lei", "grammar": true, "rules": {}, "markdown": {"replyPer": "paragraph"}}""";
  /** Generous: CI machines are small and shared; a healthy server answers in well under a second. */
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path root;
  private LspSession lsp;

  static Path jar() {
    Path jar = Path.of(System.getProperty("garbo.lsp.jar", "target/garbo-lsp.jar"));
    assertThat(jar).as("the server jar (built by 'mvn package')").exists();
    return jar;
  }

  @AfterEach
  void stop() {
    if (lsp != null) {
      lsp.close();
    }
  }

  private LspSession start() {
    ServerTest.markRepositoryRoot(root);
    lsp = LspSession.process(jar(), root.resolve("server.log"));
    return lsp;
  }

  private static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  @Test
  void nessunProblemaIsFlaggedFixedAndGone() {
    start();
    InitializeResult init = lsp.initialize(root, JsonParser.parseString(VSCODE_OPTIONS));
    assertThat(init.getServerInfo().getName()).isEqualTo("garbo");
    assertThat(init.getCapabilities().getTextDocumentSync().getRight().getChange()).isEqualTo(TextDocumentSyncKind.Incremental);

    String uri = lsp.open(root.resolve("reply.txt"), "Nessun problema!");
    List<Diagnostic> diagnostics = lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);

    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.getRange()).isEqualTo(range(0, 0, 0, 15));
    assertThat(d.getCode().getLeft()).isEqualTo("no-problem");
    assertThat(d.getSource()).isEqualTo("garbo");
    assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(d.getMessage()).startsWith("\"Nessun problema\" fa pensare a un problema").contains("Il cliente ricorda");
    assertThat(d.getCodeDescription().getHref()).isEqualTo(RuleCatalog.RULE_PAGES + "no-problem.md");

    List<CodeAction> actions = lsp.codeActions(uri, d.getRange());
    CodeAction fix = actions.get(0);
    assertThat(fix.getTitle()).isEqualTo("Replace with “Con piacere”");
    assertThat(fix.getIsPreferred()).isTrue();
    assertThat(actions).filteredOn(a -> Boolean.TRUE.equals(a.getIsPreferred())).hasSize(1);
    assertThat(actions).extracting(CodeAction::getTitle).contains("Turn off rule 'no-problem' in .garbo.yaml",
        "Accept “Nessun problema” in .garbo.yaml (stop flagging it)");

    String fixed = LspSession.apply("Nessun problema!", LspSession.editsFor(fix, uri));
    assertThat(fixed).isEqualTo("Con piacere!");
    lsp.replace(uri, 2, fixed);
    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);

    lsp.edit(uri, 3, range(0, 0, 0, 11), "No problem"); // incremental: "No problem!"
    assertThat(lsp.client.awaitDiagnostics(uri, x -> !x.isEmpty(), WAIT).get(0).getRange()).isEqualTo(range(0, 0, 0, 10));

    assertThat(lsp.shutdownAndExit()).isZero();
  }

  @Test
  void aBrokenGarboYamlGivesOneClearMessageAndTheServerGoesOn() throws Exception {
    Path config = root.resolve(".garbo.yaml");
    Files.writeString(config, "language: it\nrules:\n  no-problm: off\n");
    start();
    lsp.initialize(root, JsonParser.parseString(VSCODE_OPTIONS));

    String uri = lsp.open(root.resolve("reply.txt"), "Nessun problema!");
    assertThat(lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT)).as("checked with the defaults").hasSize(1);
    // the same broken file saved again (after a second: sooner counts as the same save): still one message
    Thread.sleep(1100);
    lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    lsp.client.awaitLogged("configuration: " + config, 2, WAIT);

    assertThat(lsp.client.shown()).hasSize(1);
    var message = lsp.client.shown().get(0);
    assertThat(message.getType()).isEqualTo(MessageType.Error);
    assertThat(message.getMessage()).contains(config + ":3:3", "unknown rule 'no-problm'", "did you mean 'no-problem'?",
        "goes on with the default configuration");
    assertThat(lsp.hover(uri, new Position(0, 3)).getContents().getRight().getValue()).as("still answering").contains("no-problem");

    Files.writeString(config, "language: it\nrules:\n  no-problem: off\n");
    lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);

    assertThat(lsp.shutdownAndExit()).isZero();
  }
}
