package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server in this JVM on pipes: settings, configuration, code actions, hovers, failures. */
class ServerTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path root;
  private LspSession lsp;

  @AfterEach
  void stop() {
    if (lsp != null) {
      lsp.close();
    }
  }

  private LspSession start(String initializationOptions) {
    markRepositoryRoot(root);
    lsp = LspSession.inProcess();
    lsp.initialize(root, initializationOptions == null ? null : JsonParser.parseString(initializationOptions));
    return lsp;
  }

  /**
   * A {@code .git} folder stops the search for {@code .garbo.yaml} at the test's root, so a stray
   * one in a parent folder (say {@code /tmp}) cannot change the outcome.
   */
  static void markRepositoryRoot(Path root) {
    try {
      Files.createDirectories(root.resolve(".git"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Range at(int line, int character) {
    return new Range(new Position(line, character), new Position(line, character));
  }

  private void configChangedOnDisk() {
    lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(root.resolve(".garbo.yaml").toUri().toString(), FileChangeType.Changed))));
  }

  @Test
  void hoverExplainsWhyWithAnExampleInTheRepliesLanguage() {
    start(null);
    String it = lsp.open(root.resolve("it.txt"), "Nessun problema!");
    String en = lsp.open(root.resolve("en.txt"), "Hi Sam, no problem, I have sent the label again.");
    lsp.client.awaitDiagnostics(it, d -> !d.isEmpty(), WAIT);
    lsp.client.awaitDiagnostics(en, d -> !d.isEmpty(), WAIT);

    Hover h = lsp.hover(it, new Position(0, 4));
    assertThat(h.getContents().getRight().getValue()).contains("no-problem", "**Perché.**", "❌ **Nessun problema**!",
        "✅ Con piacere!", "docs/rules/no-problem.md");
    assertThat(h.getRange()).isEqualTo(new Range(new Position(0, 0), new Position(0, 15)));
    assertThat(lsp.hover(en, new Position(0, 10)).getContents().getRight().getValue()).contains("**Why.**", "✅ My pleasure");
    assertThat(lsp.hover(en, new Position(0, 2))).as("no finding there").isNull();
  }

  @Test
  void settingsFromTheClientTurnRulesOffAndOnAgain() {
    start("{\"rules\": {\"no-problem\": \"off\"}}");
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);

    lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
        JsonParser.parseString("{\"garbo\": {\"rules\": {\"no-problem\": \"error\"}}}")));

    assertThat(lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT).get(0).getSeverity())
        .isEqualTo(org.eclipse.lsp4j.DiagnosticSeverity.Error);
  }

  @Test
  void settingsAreAskedForWhenTheNotificationCarriesNone() {
    start(null);
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);

    lsp.client.configurationAnswer = JsonParser.parseString("{\"rules\": {\"no-problem\": \"off\"}}");
    lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));

    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);
  }

  @Test
  void aNotificationWithNoneOfOurSettingsKeepsTheInitializationOptions() {
    start("{\"rules\": {\"no-problem\": \"off\"}}");
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);

    lsp.client.configurationAnswer = null; // eglot without eglot-workspace-configuration
    lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(new com.google.gson.JsonObject()));
    lsp.replace(uri, 2, "Nessun problema!!");

    lsp.client.awaitVersion(uri, 2, WAIT);
    assertThat(lsp.client.awaitDiagnostics(uri, d -> true, WAIT)).isEmpty();
  }

  @Test
  void anUnknownRuleInTheSettingsIsNamedWithTheNearestId() {
    start("{\"rules\": {\"no-problm\": \"off\"}}");
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);
    assertThat(lsp.client.awaitShown(s -> !s.isEmpty(), WAIT).get(0).getMessage())
        .contains("unknown rule 'no-problm'", "did you mean 'no-problem'?");
  }

  @Test
  void theTeamsRegisterInGarboYamlWinsOverTheEditorsDefault() throws Exception {
    Files.writeString(root.resolve(".garbo.yaml"), "register: tu\n");
    start("{\"register\": \"lei\", \"language\": \"auto\"}");
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);

    assertThat(lsp.codeActions(uri, at(0, 3))).extracting(CodeAction::getTitle).contains("Replace with “È stato un piacere aiutarti”");
  }

  @Test
  void turnOffCreatesGarboYamlAndTheFindingGoes() throws Exception {
    start(null);
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);

    CodeAction off = lsp.codeActions(uri, at(0, 3)).stream().filter(a -> a.getTitle().startsWith("Turn off")).findFirst().orElseThrow();

    assertThat(off.getTitle()).isEqualTo("Turn off rule 'no-problem' in .garbo.yaml");
    assertThat(off.getEdit().getDocumentChanges()).hasSize(2);
    assertThat(off.getEdit().getDocumentChanges().get(0).getRight().getKind()).isEqualTo("create");
    TextDocumentEdit content = off.getEdit().getDocumentChanges().get(1).getLeft();
    assertThat(content.getTextDocument().getUri()).isEqualTo(root.resolve(".garbo.yaml").toUri().toString());
    Files.writeString(root.resolve(".garbo.yaml"), LspSession.apply("", content.getEdits()));
    configChangedOnDisk();

    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);
  }

  @Test
  void acceptingAPhraseEditsTheExistingFileAndKeepsIt() throws Exception {
    String before = "# our style\nlanguage: it\n";
    Files.writeString(root.resolve(".garbo.yaml"), before);
    start(null);
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema, ci pensiamo noi.");
    lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);

    CodeAction accept = lsp.codeActions(uri, at(0, 3)).stream().filter(a -> a.getTitle().startsWith("Accept")).findFirst().orElseThrow();
    assertThat(accept.getTitle()).isEqualTo("Accept “Nessun problema” in .garbo.yaml (stop flagging it)");
    String after = LspSession.apply(before, LspSession.editsFor(accept, root.resolve(".garbo.yaml").toUri().toString()));
    assertThat(after).isEqualTo("# our style\nlanguage: it\naccept:\n  - \"Nessun problema\"\n");
    Files.writeString(root.resolve(".garbo.yaml"), after);
    configChangedOnDisk();

    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);
  }

  @Test
  void clientsThatCannotCreateFilesGetACommandThatWritesIt() throws Exception {
    markRepositoryRoot(root);
    lsp = LspSession.inProcess();
    lsp.initialize(root, null, new ClientCapabilities());
    String uri = lsp.open(root.resolve("a.txt"), "No problem!");
    lsp.client.awaitDiagnostics(uri, d -> !d.isEmpty(), WAIT);

    CodeAction off = lsp.codeActions(uri, at(0, 3)).stream().filter(a -> a.getTitle().startsWith("Turn off")).findFirst().orElseThrow();
    assertThat(off.getEdit()).isNull();
    lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(off.getCommand().getCommand(),
        off.getCommand().getArguments())).join();

    assertThat(Files.readString(root.resolve(".garbo.yaml"))).endsWith("rules:\n  no-problem: off\n");
    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);
  }

  @Test
  void aBrokenGarboYamlOpenInTheEditorGetsADiagnosticAtItsLine() throws Exception {
    Files.writeString(root.resolve(".garbo.yaml"), "language: it\nrules:\n  no-problm: off\n");
    start(null);
    String config = lsp.open(root.resolve(".garbo.yaml"), Files.readString(root.resolve(".garbo.yaml")));

    var d = lsp.client.awaitDiagnostics(config, x -> !x.isEmpty(), WAIT);
    assertThat(d.get(0).getRange().getStart()).isEqualTo(new Position(2, 2));
    assertThat(d.get(0).getMessage()).contains("unknown rule 'no-problm'", "did you mean 'no-problem'");
    assertThat(lsp.client.shown()).filteredOn(m -> m.getType() == MessageType.Error).hasSize(1);

    lsp.edit(config, 2, new Range(new Position(2, 2), new Position(2, 11)), "no-problem");
    lsp.client.awaitDiagnostics(config, List::isEmpty, WAIT);
    String reply = lsp.open(root.resolve("a.txt"), "Nessun problema!");
    lsp.client.awaitDiagnostics(reply, List::isEmpty, WAIT); // the unsaved fix is in force: the rule is off
  }

  @Test
  void aRuleThatFailsOnOneReplyIsReportedOnceAndTheRestIsChecked() {
    start("{\"text\": {\"replyPer\": \"paragraph\"}}");
    String uri = lsp.open(root.resolve("a.txt"), "kaboom\n\nNessun problema!");

    var d = lsp.client.awaitDiagnostics(uri, x -> !x.isEmpty(), WAIT);
    assertThat(d.get(0).getRange().getStart()).isEqualTo(new Position(2, 0));
    lsp.replace(uri, 2, "kaboom again\n\nNessun problema!!");
    lsp.client.awaitDiagnostics(uri, x -> x.size() == 1 && lsp.client.publications(uri) >= 2, WAIT);
    String other = lsp.open(root.resolve("b.txt"), "No problem!");
    lsp.client.awaitDiagnostics(other, x -> !x.isEmpty(), WAIT);

    assertThat(lsp.client.shown()).filteredOn(m -> m.getMessage().contains("could not check a.txt")).hasSize(1);
    assertThat(lsp.client.logged()).anyMatch(m -> m.getMessage().contains("a bug in a rule, for the test"));
  }

  @Test
  void withoutAWorkspaceTheFolderOfTheFirstFileIsTheRoot() throws Exception {
    markRepositoryRoot(root);
    Files.writeString(root.resolve(".garbo.yaml"), "rules:\n  no-problem: off\n");
    lsp = LspSession.inProcess();
    lsp.initialize(null, null);
    String uri = lsp.open(root.resolve("a.txt"), "Nessun problema!");

    lsp.client.awaitLogged("configuration: " + root.resolve(".garbo.yaml"), 1, WAIT);
    lsp.client.awaitDiagnostics(uri, List::isEmpty, WAIT);
  }

  @Test
  void exitAfterShutdownIsZero() {
    start(null);
    assertThat(lsp.shutdownAndExit()).isZero();
  }
}
