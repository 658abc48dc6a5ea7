package dev.garbo.config;

import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.Severity;
import dev.garbo.definition.Located;
import dev.garbo.definition.RuleSpec;
import java.util.List;
import java.util.Map;

/**
 * A team's configuration, typed and validated, with defaults for everything.
 *
 * @param source the file it came from, or {@code <defaults>}
 * @param language the reply language when it is not detected ({@code null}: detect)
 * @param register the team's Italian register, or {@code null} when not chosen (suggestions then
 *     use Lei when a reply shows none, and no reply is faulted for being wholly in tu or voi)
 * @param grammar whether LanguageTool's grammar and spelling rules run
 * @param rules per rule id (as written, with its place): {@code off}, {@code on}, or a severity
 * @param accept phrases the team has decided to keep: findings inside them are dropped
 * @param vocabulary brand and product words the spell checker must accept
 * @param weights score points each finding costs, by severity
 * @param extraRules the team's own phrase rules
 * @param score how {@code garbo score} reads exports that name fields differently
 */
public record GarboConfig(
    String source,
    Language language,
    Register register,
    boolean grammar,
    Map<Located, RuleSetting> rules,
    List<String> accept,
    List<String> vocabulary,
    Map<Severity, Integer> weights,
    List<RuleSpec> extraRules,
    ScoreSettings score) {

  public GarboConfig {
    rules = Map.copyOf(rules);
    accept = List.copyOf(accept);
    vocabulary = List.copyOf(vocabulary);
    weights = Map.copyOf(weights);
    extraRules = List.copyOf(extraRules);
  }

  /** What a configuration can say of one rule. */
  public record RuleSetting(boolean enabled, Severity severity) {}

  /** Field and role names of transcript exports. */
  public record ScoreSettings(Map<String, String> fields, List<String> roleAgent, List<String> roleCustomer) {
    public static final ScoreSettings DEFAULT = new ScoreSettings(Map.of(), List.of("agent"), List.of("customer"));
  }

  public static final Map<Severity, Integer> DEFAULT_WEIGHTS =
      Map.of(Severity.ERROR, 25, Severity.WARNING, 10, Severity.SUGGESTION, 3);

  public static GarboConfig defaults() {
    return new GarboConfig("<defaults>", null, null, false, Map.of(), List.of(), List.of(), DEFAULT_WEIGHTS,
        List.of(), ScoreSettings.DEFAULT);
  }

  public GarboConfig withLanguage(Language l) {
    return new GarboConfig(source, l, register, grammar, rules, accept, vocabulary, weights, extraRules, score);
  }

  public GarboConfig withRegister(Register r) {
    return new GarboConfig(source, language, r, grammar, rules, accept, vocabulary, weights, extraRules, score);
  }

  public GarboConfig withGrammar(boolean g) {
    return new GarboConfig(source, language, register, g, rules, accept, vocabulary, weights, extraRules, score);
  }

  public GarboConfig withRules(Map<Located, RuleSetting> r) {
    return new GarboConfig(source, language, register, grammar, r, accept, vocabulary, weights, extraRules, score);
  }

  public GarboConfig withAccept(List<String> a) {
    return new GarboConfig(source, language, register, grammar, rules, a, vocabulary, weights, extraRules, score);
  }

  public GarboConfig withScore(ScoreSettings s) {
    return new GarboConfig(source, language, register, grammar, rules, accept, vocabulary, weights, extraRules, s);
  }
}
