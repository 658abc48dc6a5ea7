package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the client: Neovim, headless, with its built-in LSP client, runs {@code
 * neovim/garbo-test.lua} on a sample file and writes garbo's diagnostics (and what the quick fix did)
 * as JSON for this test to check. Skipped, saying so, when {@code nvim} is not installed.
 */
class NeovimIT {
  @TempDir Path dir;

  static boolean hasNvim() {
    try {
      Process p = new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void neovimShowsGarbosDiagnosticAndAppliesTheQuickFix() throws Exception {
    Assumptions.assumeTrue(hasNvim(),
        "nvim not found on the PATH: install Debian's 'neovim' package (apt-get install neovim) to run the Neovim test");
    Path lua = dir.resolve("garbo-test.lua");
    try (InputStream in = NeovimIT.class.getResourceAsStream("/neovim/garbo-test.lua")) {
      Files.write(lua, in.readAllBytes());
    }
    ServerTest.markRepositoryRoot(dir);
    Path sample = dir.resolve("sample.txt");
    Files.writeString(sample, "Buongiorno Marta,\n\nNessun problema, le ho già inviato la fattura.\n");
    Path out = dir.resolve("result.json");

    ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + lua,
        sample.toString()).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
    pb.environment().put("GARBO_LSP_JAR", LanguageServerProcessIT.jar().toAbsolutePath().toString());
    pb.environment().put("GARBO_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("GARBO_OUT", out.toString());
    pb.environment().put("GARBO_ROOT", dir.toString());
    Process nvim = pb.start();
    boolean done = nvim.waitFor(150, TimeUnit.SECONDS);
    if (!done) {
      nvim.destroyForcibly();
    }
    assertThat(done).as("nvim finished; its log: " + Files.readString(dir.resolve("nvim.log"))).isTrue();
    assertThat(out).as("nvim wrote its result; its log: " + Files.readString(dir.resolve("nvim.log"))).exists();

    JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    assertThat(result.has("error")).as("no Lua error: " + result).isFalse();
    assertThat(result.get("found").getAsBoolean()).as("diagnostics arrived: " + result).isTrue();
    JsonArray diagnostics = result.getAsJsonArray("diagnostics");
    assertThat(diagnostics).hasSize(1);
    JsonObject d = diagnostics.get(0).getAsJsonObject();
    assertThat(List.of(d.get("lnum").getAsInt(), d.get("col").getAsInt(), d.get("end_lnum").getAsInt(), d.get("end_col").getAsInt()))
        .containsExactly(2, 0, 2, 15);
    assertThat(d.get("source").getAsString()).isEqualTo("garbo");
    assertThat(d.get("code").getAsString()).isEqualTo("no-problem");
    assertThat(d.get("message").getAsString()).startsWith("\"Nessun problema\"");

    assertThat(result.get("applied").getAsString()).isEqualTo("Replace with “Con piacere”");
    assertThat(result.getAsJsonArray("text").get(2).getAsString()).isEqualTo("Con piacere, le ho già inviato la fattura.");
    assertThat(result.get("cleared").getAsBoolean()).as("the diagnostic went after the fix").isTrue();
  }
}
