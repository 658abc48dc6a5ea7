package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The VS Code extension the build made (when npm was there): a zip with the extension and this build's server jar. */
class VsixIT {

  @Test
  void theVsixCarriesTheServerJarItWasBuiltWith() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("garbo.vsix.built"),
        "this build does not make the .vsix (-DskipVsix was given, or the OS has no shell)");
    Path dir = Path.of(System.getProperty("garbo.vsix.dir", "target"));
    List<Path> vsix;
    try (Stream<Path> files = Files.list(dir)) {
      vsix = files.filter(p -> p.getFileName().toString().endsWith(".vsix")).toList();
    }
    Assumptions.assumeFalse(vsix.isEmpty(), "no .vsix in " + dir + ": it is built only when npm is on the PATH "
        + "(node >= 20) and -DskipVsix is not given");
    assertThat(vsix).hasSize(1);
    Path jar = LanguageServerProcessIT.jar();

    try (ZipFile zip = new ZipFile(vsix.get(0).toFile())) {
      ZipEntry server = zip.getEntry("extension/server/garbo-lsp.jar");
      assertThat(server).as("extension/server/garbo-lsp.jar in " + vsix.get(0)).isNotNull();
      assertThat(server.getSize()).as("the jar of this build").isEqualTo(Files.size(jar));
      assertThat(zip.getEntry("extension/out/extension.js")).isNotNull();
      JsonObject manifest = JsonParser.parseString(new String(zip.getInputStream(zip.getEntry("extension/package.json"))
          .readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
      assertThat(manifest.get("name").getAsString()).isEqualTo("garbo");
      assertThat(manifest.get("main").getAsString()).isEqualTo("./out/extension.js");
    }
  }
}
