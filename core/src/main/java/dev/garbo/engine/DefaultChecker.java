package dev.garbo.engine;

import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.Analyzer;
import dev.garbo.config.GarboConfig;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import dev.garbo.rule.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checker: immutable after construction, shared by all threads. */
final class DefaultChecker implements Checker {

  /** A rule as configured: its metadata with the team's severity, and whether that was set. */
  record ActiveRule(Rule rule, RuleInfo info, boolean severityFixed) {}

  private final GarboConfig config;
  private final Analyzer analyzer;
  private final List<ActiveRule> rules;
  private final List<RuleInfo> infos;
  private final Map<Language, LanguageRules> byLanguage = new EnumMap<>(Language.class);
  private final PatternSet<Void> accepted;

  /** Per language: rules that always run, and rules that run only when one of their words occurs. */
  private record LanguageRules(int[] always, Map<String, int[]> byWord, int count) {}

  private final Map<String, GarboConfig.RuleSetting> subRules;
  private final Set<String> vocabulary;

  DefaultChecker(GarboConfig config, List<ActiveRule> rules, PatternSet<Void> accepted,
      Map<String, GarboConfig.RuleSetting> subRules) {
    this.config = config;
    this.subRules = Map.copyOf(subRules);
    java.util.Set<String> v = new java.util.HashSet<>();
    for (String w : config.vocabulary()) {
      v.add(dev.garbo.analysis.Folding.fold(w.trim()));
    }
    for (String w : config.accept()) {
      if (!w.trim().contains(" ")) {
        v.add(dev.garbo.analysis.Folding.fold(w.trim()));
      }
    }
    this.vocabulary = Set.copyOf(v);
    this.analyzer = new Analyzer(config.language() != null ? config.language() : Language.EN);
    this.rules = List.copyOf(rules);
    this.infos = rules.stream().map(ActiveRule::info).toList();
    this.accepted = accepted;
    for (Language lang : Language.values()) {
      List<Integer> always = new ArrayList<>();
      Map<String, List<Integer>> byWord = new HashMap<>();
      for (int i = 0; i < this.rules.size(); i++) {
        Rule r = this.rules.get(i).rule();
        if (!r.info().languages().contains(lang)) {
          continue;
        }
        Set<String> t = r.triggers(lang);
        if (t == null) {
          always.add(i);
        } else {
          for (String w : t) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
          }
        }
      }
      Map<String, int[]> idx = new HashMap<>();
      byWord.forEach((w, l) -> idx.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
      byLanguage.put(lang, new LanguageRules(always.stream().mapToInt(Integer::intValue).toArray(), idx, this.rules.size()));
    }
  }

  @Override
  public List<RuleInfo> rules() {
    return infos;
  }

  GarboConfig config() {
    return config;
  }

  @Override
  public CheckResult check(String reply, String context, Language languageHint) {
    if (reply == null) {
      throw new IllegalArgumentException("reply is null");
    }
    Language hint = languageHint != null ? languageHint : config.language();
    AnalyzedText text = analyzer.analyze(reply, hint);
    AnalyzedText ctx = context == null || context.isBlank() ? null : analyzer.analyze(context, null);
    Reply r = new Reply(text, ctx, config.register(), vocabulary);
    LanguageRules lr = byLanguage.get(text.language());

    BitSet run = new BitSet(lr.count());
    for (int i : lr.always()) {
      run.set(i);
    }
    for (int t = 0; t < text.size(); t++) {
      int[] ids = lr.byWord().get(text.token(t).folded());
      if (ids != null) {
        for (int i : ids) {
          run.set(i);
        }
      }
    }
    List<Finding> findings = new ArrayList<>(0);
    for (int i = run.nextSetBit(0); i >= 0; i = run.nextSetBit(i + 1)) {
      ActiveRule ar = rules.get(i);
      try {
        ar.rule().check(r, new RuleReporter(ar, text, findings, subRules));
      } catch (RuntimeException e) {
        throw new IllegalStateException("rule '" + ar.info().id() + "' failed on this reply: " + e, e);
      }
    }
    if (!findings.isEmpty() && !accepted.isEmpty()) {
      dropAccepted(text, findings);
    }
    findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::severity, Comparator.reverseOrder())
        .thenComparing(Finding::rule));
    return new CheckResult(reply, text.language(), text.language() == Language.IT ? r.register() : null, findings,
        score(findings));
  }

  private void dropAccepted(AnalyzedText text, List<Finding> findings) {
    List<PatternSet.Hit<Void>> hits = accepted.findAll(text);
    findings.removeIf(f -> hits.stream().anyMatch(h ->
        h.match().start(text) <= f.start() && f.end() <= h.match().end(text)));
  }

  private int score(List<Finding> findings) {
    int s = 100;
    for (Finding f : findings) {
      s -= config.weights().getOrDefault(f.severity(), 0);
    }
    return Math.max(0, s);
  }

  /** Turns a rule's report into a finding, with the configured severity and localised message. */
  private static final class RuleReporter implements Reporter {
    private final ActiveRule rule;
    private final AnalyzedText text;
    private final List<Finding> out;
    private final Map<String, GarboConfig.RuleSetting> subRules;

    RuleReporter(ActiveRule rule, AnalyzedText text, List<Finding> out, Map<String, GarboConfig.RuleSetting> subRules) {
      this.rule = rule;
      this.text = text;
      this.out = out;
      this.subRules = subRules;
    }

    @Override
    public void reportAs(String subId, dev.garbo.Category category, int start, int end, List<String> suggestions,
        Severity severity, String message) {
      String id = rule.info().id() + ":" + subId;
      GarboConfig.RuleSetting s = subRules.get(id);
      if (s != null && !s.enabled()) {
        return;
      }
      Severity sev = s != null && s.severity() != null ? s.severity()
          : rule.severityFixed() || severity == null ? rule.info().severity() : severity;
      String msg = message != null ? message : rule.info().message().get(text.language());
      out.add(new Finding(id, category, sev, start, end, text.line(start), text.column(start),
          text.text().substring(start, end), msg, suggestions == null ? List.of() : suggestions));
    }

    @Override
    public void report(int start, int end, List<String> suggestions, Severity severity, String message) {
      if (start < 0 || end > text.text().length() || end < start) {
        throw new IllegalArgumentException("span " + start + ".." + end + " outside the reply");
      }
      RuleInfo info = rule.info();
      Severity sev = rule.severityFixed() || severity == null ? info.severity() : severity;
      String msg = message != null ? message : info.message().get(text.language());
      List<String> s = suggestions == null ? List.of() : suggestions;
      out.add(new Finding(info.id(), info.category(), sev, start, end, text.line(start), text.column(start),
          text.text().substring(start, end), msg, s));
    }
  }
}
