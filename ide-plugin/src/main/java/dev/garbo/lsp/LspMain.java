package dev.garbo.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code java -jar garbo-lsp.jar}: the language server on stdin/stdout. Also behind {@code garbo lsp}.
 * Takes no arguments; {@code --stdio}, which some clients add, is accepted and ignored.
 */
public final class LspMain {
  private LspMain() {}

  public static void main(String[] args) {
    for (String a : args) {
      switch (a) {
        case "--stdio":
          break;
        case "--version":
        case "-V":
          System.out.println("garbo language server " + GarboLanguageServer.version());
          return;
        case "--help":
        case "-h":
          System.out.println("usage: java -jar garbo-lsp.jar\n\n"
              + "garbo's language server. It speaks the Language Server Protocol on stdin/stdout and is\n"
              + "started by an editor (VS Code, IntelliJ with LSP4IJ, Neovim, Emacs); see the README.");
          return;
        default:
          System.err.println("garbo-lsp: unknown argument '" + a + "' (the server takes none; try --help)");
          System.exit(2);
      }
    }
    System.exit(serveStdio());
  }

  /**
   * Serves on this process's stdin and stdout until the client exits or closes the stream. Anything
   * a library prints to {@code System.out} would corrupt the protocol, so {@code System.out} is
   * pointed at stderr first.
   *
   * @return the exit code LSP asks for: 0 after {@code shutdown} then {@code exit}, else 1
   */
  public static int serveStdio() {
    PrintStream stdout = System.out;
    System.setOut(System.err);
    return serve(System.in, stdout);
  }

  /** Serves on the given streams; returns the exit code (see {@link #serveStdio}). */
  public static int serve(InputStream in, OutputStream out) {
    GarboLanguageServer server = new GarboLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    CompletableFuture<Void> streamClosed = CompletableFuture.runAsync(() -> {
      try {
        listening.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        System.err.println("[garbo] the connection to the editor failed: " + e.getCause());
      }
    });
    Object how = CompletableFuture.anyOf(server.exited(), streamClosed).join();
    return how instanceof Integer code ? code : 1;
  }
}
