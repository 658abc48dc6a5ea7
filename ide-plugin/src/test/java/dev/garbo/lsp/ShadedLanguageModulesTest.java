package dev.garbo.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each LanguageTool language jar lists its languages in the same resource; in one shaded jar only
 * one such file can live, so the build puts in a merged one (src/shade). This keeps it in step with
 * the LanguageTool version in the parent pom.
 */
class ShadedLanguageModulesTest {
  private static final String RESOURCE = "META-INF/org/languagetool/language-module.properties";

  @Test
  void theMergedListHasEveryLanguageOfTheLanguageToolJars() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(RESOURCE))) {
      try (InputStream in = url.openStream()) {
        expected.addAll(classes(in));
      }
    }
    Set<String> merged;
    try (InputStream in = Files.newInputStream(Path.of("src/shade", RESOURCE))) {
      merged = new TreeSet<>(classes(in));
    }
    assertThat(expected).as("languages in the LanguageTool jars").isNotEmpty();
    assertThat(merged).isEqualTo(expected);
  }

  private static Set<String> classes(InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return new TreeSet<>(Arrays.stream(p.getProperty("languageClasses", "").split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList());
  }
}
