package dev.garbo.rules;

import dev.garbo.definition.DefinitionException;
import dev.garbo.definition.RuleFiles;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * garbo's own catalogue: every {@code *.yaml} under {@code dev/garbo/rules/catalogue/}, one rule per
 * file. Adding a rule is adding a file (and, for a reply-level rule, the class it names).
 */
public final class CoreRulePack implements RulePack {
  static final String CATALOGUE = "dev/garbo/rules/catalogue/";

  private static volatile List<Rule> rules;

  @Override
  public String name() {
    return "garbo-core";
  }

  @Override
  public List<Rule> rules() {
    List<Rule> r = rules;
    if (r == null) {
      synchronized (CoreRulePack.class) {
        r = rules;
        if (r == null) {
          r = load();
          rules = r;
        }
      }
    }
    return r;
  }

  private static List<Rule> load() {
    List<Rule> out = new ArrayList<>();
    for (String file : catalogueFiles()) {
      out.add(RuleFiles.load(CoreRulePack.class, "/" + CATALOGUE + file));
    }
    return List.copyOf(out);
  }

  /** The rule files of the catalogue, sorted, whether the classes sit in a folder or a jar. */
  static List<String> catalogueFiles() {
    URL location = CoreRulePack.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> files = new ArrayList<>();
    try {
      Path p = Path.of(location.toURI());
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p.resolve(CATALOGUE))) {
          s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(files::add);
        }
      } else {
        try (JarFile jar = new JarFile(p.toFile())) {
          Enumeration<JarEntry> e = jar.entries();
          while (e.hasMoreElements()) {
            String n = e.nextElement().getName();
            if (n.startsWith(CATALOGUE) && n.endsWith(".yaml") && n.indexOf('/', CATALOGUE.length()) < 0) {
              files.add(n.substring(CATALOGUE.length()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the rule catalogue at " + location, e);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new DefinitionException(String.valueOf(location), 0, 0, "cannot list the rule catalogue: " + e.getMessage());
    }
    files.sort(null);
    return files;
  }
}
