package dev.garbo.rules.docs;

import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.rule.Rule;
import dev.garbo.rule.RulePack;
import dev.garbo.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/rules/}: a page per rule and the catalogue index, from the rules themselves.
 * Run by the build ({@code process-classes} of the rules module); a test checks the pages are
 * current.
 */
public final class DocsGenerator {
  private DocsGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "docs/rules");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Path f = dir.resolve(page.getKey());
      if (!Files.exists(f) || !Files.readString(f, StandardCharsets.UTF_8).equals(page.getValue())) {
        Files.writeString(f, page.getValue(), StandardCharsets.UTF_8);
      }
    }
  }

  /** File name → content of every page. */
  public static Map<String, String> pages() {
    List<Rule> rules = new ArrayList<>();
    for (RulePack p : Engine.discover(DocsGenerator.class.getClassLoader())) {
      rules.addAll(p.rules());
    }
    rules.sort(Comparator.comparing((Rule r) -> r.info().id()));
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("README.md", index(rules));
    for (Rule r : rules) {
      pages.put(r.info().id() + ".md", RulePage.markdown(r));
    }
    return pages;
  }

  private static String index(List<Rule> rules) {
    StringBuilder b = new StringBuilder();
    b.append("<!-- generated from the rule definitions by DocsGenerator; edit the rule files, not this page -->\n");
    b.append("# The coaching catalogue\n\n");
    b.append(rules.size()).append(" rules. Each page says why the phrasing hurts, shows what is flagged and what is not, ")
        .append("in English and Italian, with the rewording garbo proposes. `garbo explain ID` prints the same page.\n\n");
    b.append("| rule | category | severity | languages | what it flags |\n|---|---|---|---|---|\n");
    for (Rule r : rules) {
      RuleInfo i = r.info();
      b.append("| [").append(i.id()).append("](").append(i.id()).append(".md) | ").append(i.category().code())
          .append(" | ").append(i.severity().code()).append(" | ")
          .append(i.languages().stream().sorted().map(Language::code).collect(Collectors.joining(", ")))
          .append(" | ").append(i.title().en().replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }
}
