package dev.garbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code garbo lsp} serves LSP on stdio; the server itself is tested in the ide-plugin module. */
class LspCommandTest {

  @Test
  void garboLspAnswersInitializeAndExitsCleanly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp", "--stdio")
        .redirectError(File.createTempFile("garbo-lsp", ".log")).start();
    try {
      LanguageClient client = new LanguageClient() {
        @Override public void telemetryEvent(Object object) {}
        @Override public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}
        @Override public void showMessage(MessageParams messageParams) {}
        @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
          return CompletableFuture.completedFuture(null);
        }
        @Override public void logMessage(MessageParams message) {}
      };
      var launcher = LSPLauncher.createClientLauncher(client, p.getInputStream(), p.getOutputStream());
      launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();

      InitializeResult init = server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
      server.shutdown().get(60, TimeUnit.SECONDS);
      server.exit();

      assertThat(init.getServerInfo().getName()).isEqualTo("garbo");
      assertThat(init.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds()).isEqualTo(List.of("quickfix"));
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void helpListsLsp() {
    CheckCommandTest.Run r = CheckCommandTest.run("--help");
    assertThat(r.out()).contains("lsp");
  }
}
