package dev.garbo.cli.score;

import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.config.GarboConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 of what decides the scores: the garbo version, every active rule's metadata (with the
 * configured severity) and examples, the configuration (language, register, grammar, weights, rule
 * settings, accepted phrases, vocabulary) and the field mapping. Two runs with the same fingerprint
 * scored the same way, so their numbers can be compared; a different one says the yardstick moved.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * @param active the checker's rules, after configuration
   * @param examples every known rule's examples, by rule id
   */
  public static String of(String version, List<RuleInfo> active, Map<String, List<Example>> examples,
      GarboConfig config, FieldMapping mapping) {
    StringBuilder b = new StringBuilder();
    b.append("garbo ").append(version).append('\n');
    active.stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(r -> {
      b.append("rule ").append(r.id()).append(' ').append(r.category()).append(' ').append(r.severity())
          .append(' ').append(r.languages().stream().map(Language::code).sorted().toList())
          .append(' ').append(r.title()).append(' ').append(r.message()).append(' ').append(r.why())
          .append(' ').append(r.since()).append('\n');
      for (Example e : examples.getOrDefault(r.id(), List.of())) {
        b.append("  example ").append(e).append('\n');
      }
    });
    b.append("language ").append(config.language()).append('\n');
    b.append("register ").append(config.register()).append('\n');
    b.append("grammar ").append(config.grammar()).append('\n');
    b.append("weights ").append(new TreeMap<>(config.weights())).append('\n');
    Map<String, String> settings = new TreeMap<>();
    config.rules().forEach((id, s) -> settings.put(id.value(), s.enabled() + "/" + s.severity()));
    b.append("rules ").append(settings).append('\n');
    b.append("accept ").append(config.accept()).append('\n');
    b.append("vocabulary ").append(config.vocabulary()).append('\n');
    b.append("mapping ").append(mapping.canonical()).append('\n');
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
