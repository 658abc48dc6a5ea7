package dev.garbo.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.Severity;
import dev.garbo.definition.DefinitionException;
import dev.garbo.definition.Located;
import dev.garbo.definition.RuleDefinition;
import dev.garbo.definition.RuleFiles;
import dev.garbo.definition.RuleSpec;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and reads {@code .garbo.yaml}. Every mistake is reported with file, line and column. */
public final class ConfigLoader {
  public static final String FILE_NAME = ".garbo.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  private ConfigLoader() {}

  /**
   * The configuration file that applies in {@code dir}: {@code .garbo.yaml} there or in a parent,
   * stopping at the repository root (the first directory holding {@code .git}).
   */
  public static Optional<Path> find(Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    while (d != null) {
      Path f = d.resolve(FILE_NAME);
      if (Files.isRegularFile(f)) {
        return Optional.of(f);
      }
      if (Files.exists(d.resolve(".git"))) {
        return Optional.empty();
      }
      d = d.getParent();
    }
    return Optional.empty();
  }

  /** Reads the configuration in {@code dir} (or its parents), or the defaults when there is none. */
  public static GarboConfig loadFrom(Path dir) {
    Optional<Path> f = find(dir);
    return f.isPresent() ? load(f.get()) : GarboConfig.defaults();
  }

  public static GarboConfig load(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DefinitionException(name, 0, 0, "cannot read the configuration: " + e.getMessage());
    }
    String yaml;
    try {
      yaml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DefinitionException(name, 0, 0, "not valid UTF-8 text");
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(name, yaml, dir);
  }

  /** Parses configuration text; {@code baseDir} resolves {@code rule-files}. */
  public static GarboConfig parse(String source, String yaml, Path baseDir) {
    ConfigFile f;
    try {
      f = YAML.readValue(yaml, ConfigFile.class);
    } catch (JsonProcessingException e) {
      throw RuleFiles.fromJacksonPublic(source, e, yaml);
    }
    GarboConfig c = GarboConfig.defaults();
    if (f == null) {
      return new GarboConfig(source, c.language(), c.register(), c.grammar(), c.rules(), c.accept(), c.vocabulary(),
          c.weights(), c.extraRules(), c.score());
    }
    Language language = null;
    if (f.language() != null && !f.language().value().equalsIgnoreCase("auto")) {
      language = Language.fromCode(f.language().value()).orElseThrow(() -> at(source, f.language(),
          "unknown language '" + f.language().value() + "'; expected auto, en or it"));
    }
    Register register = null;
    if (f.register() != null) {
      register = Register.fromCode(f.register().value()).orElseThrow(() -> at(source, f.register(),
          "unknown register '" + f.register().value() + "'; expected lei, tu or voi"));
    }
    Map<Located, GarboConfig.RuleSetting> rules = new LinkedHashMap<>();
    if (f.rules() != null) {
      for (ConfigFile.RuleSettings.Setting s : f.rules().settings()) {
        rules.put(s.id(), setting(source, s.value()));
      }
    }
    Map<Severity, Integer> weights = new EnumMap<>(GarboConfig.DEFAULT_WEIGHTS);
    if (f.weights() != null) {
      putWeight(source, weights, Severity.ERROR, f.weights().error());
      putWeight(source, weights, Severity.WARNING, f.weights().warning());
      putWeight(source, weights, Severity.SUGGESTION, f.weights().suggestion());
    }
    List<RuleSpec> extra = new ArrayList<>();
    if (f.phrases() != null) {
      for (RuleDefinition d : f.phrases()) {
        try {
          extra.add(RuleFiles.fromDefinition(source, d));
        } catch (DefinitionException e) {
          throw new DefinitionException(source, e.line(), e.column(), "in phrase rule '" + d.id() + "': " + e.problem());
        }
      }
    }
    if (f.ruleFiles() != null) {
      for (Located rf : f.ruleFiles()) {
        Path p = baseDir == null ? Path.of(rf.value()) : baseDir.resolve(rf.value());
        if (!Files.isRegularFile(p)) {
          throw at(source, rf, "rule file '" + rf.value() + "' not found (looked at " + p + ")");
        }
        try {
          extra.add(RuleFiles.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw at(source, rf, "cannot read rule file '" + rf.value() + "': " + e.getMessage());
        }
      }
    }
    GarboConfig.ScoreSettings score = GarboConfig.ScoreSettings.DEFAULT;
    if (f.score() != null) {
      ConfigFile.Score s = f.score();
      score = new GarboConfig.ScoreSettings(s.fields() == null ? Map.of() : Map.copyOf(s.fields()),
          s.roleAgent() == null ? score.roleAgent() : List.copyOf(s.roleAgent()),
          s.roleCustomer() == null ? score.roleCustomer() : List.copyOf(s.roleCustomer()));
    }
    return new GarboConfig(source, language, register, Boolean.TRUE.equals(f.grammar()), rules,
        f.accept() == null ? List.of() : f.accept(), f.vocabulary() == null ? List.of() : f.vocabulary(),
        weights, extra, score);
  }

  /** Parses a rule setting: {@code off}, {@code on}, or a severity. */
  public static GarboConfig.RuleSetting setting(String source, Located value) {
    String v = value.value() == null ? "" : value.value().trim().toLowerCase(java.util.Locale.ROOT);
    switch (v) {
      case "off": case "false": case "no": case "disabled":
        return new GarboConfig.RuleSetting(false, null);
      case "on": case "true": case "yes": case "enabled":
        return new GarboConfig.RuleSetting(true, null);
      default:
        return Severity.fromCode(v).map(s -> new GarboConfig.RuleSetting(true, s)).orElseThrow(() -> at(source, value,
            "'" + value.value() + "' is not a rule setting; expected off, on, suggestion, warning or error"));
    }
  }

  private static void putWeight(String source, Map<Severity, Integer> w, Severity s, Integer v) {
    if (v == null) {
      return;
    }
    if (v < 0 || v > 100) {
      throw new DefinitionException(source, 0, 0, "weight of " + s.code() + " must be between 0 and 100, not " + v);
    }
    w.put(s, v);
  }

  private static DefinitionException at(String source, Located l, String problem) {
    return new DefinitionException(source, l.line(), l.column(), problem);
  }

}
