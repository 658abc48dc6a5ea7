package dev.garbo.rules;

import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.definition.CompiledBlock;
import dev.garbo.definition.PhraseRule;
import dev.garbo.definition.RuleSpec;
import dev.garbo.definition.Suggestion;
import dev.garbo.pattern.Match;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Italian forms of address must agree within a reply and with the team's choice. Every Italian
 * pattern of the file is a mark of one register; the sets {@code tu}, {@code lei} and {@code voi}
 * say which, by the word the mark hinges on. A reply that mixes registers gets a finding on each
 * mark that disagrees with the register most of the reply uses (the team's register breaks a tie);
 * a reply written wholly in another register than the team's gets one finding, on its first mark,
 * since one rewrite fixes them all. Suggestions are rendered in the register the reply should use,
 * not the one it was detected in. A mark of no register ("Salve") is only wrong in a formal reply
 * of a Lei team. English is a plain phrase rule.
 */
public final class RegisterRule extends PhraseRule {

  private record Mark(Match match, CompiledBlock.Trigger trigger, Register register) {}

  public RegisterRule(RuleSpec spec) {
    super(spec);
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    CompiledBlock block = spec().block(reply.language());
    if (reply.language() != Language.IT || block == null) {
      super.check(reply, reporter);
      return;
    }
    AnalyzedText text = reply.text();
    if (block.unlessReply().matchesAnywhere(text)) {
      return;
    }
    List<Mark> marks = new ArrayList<>();
    Map<Register, Integer> counts = new EnumMap<>(Register.class);
    for (PatternSet.Hit<CompiledBlock.Trigger> hit : block.patterns().findAll(text)) {
      Match m = hit.match();
      if (marks.stream().anyMatch(k -> k.match().overlaps(m))
          || !block.unless().overlapping(text, m.from(), m.to()).isEmpty()
          || block.unlessSentence().matchesInSentence(text, text.token(m.from()).sentence())) {
        continue;
      }
      Register r = registerOf(block, text, m);
      marks.add(new Mark(m, hit.entry().payload(), r));
      if (r != null) {
        counts.merge(r, 1, Integer::sum);
      }
    }
    Register configured = reply.configuredRegister();
    Register target = configured;
    int best = counts.getOrDefault(configured, 0);
    for (Register r : Register.values()) {
      if (counts.getOrDefault(r, 0) > best) {
        target = r;
        best = counts.get(r);
      }
    }
    boolean mixed = counts.size() > 1;
    boolean formal = configured == Register.LEI && block.set("formal").matchesAnywhere(text);
    for (Mark k : marks) {
      boolean wrong = k.register() == null ? formal
          : (mixed ? k.register() != target : reply.registerConfigured() && k.register() != configured);
      if (wrong) {
        report(reporter, text, k, mixed ? target : configured);
        if (!mixed && k.register() != null) {
          break; // the whole reply is in another register: one finding, one rewrite
        }
      }
    }
  }

  /**
   * The register whose set names a word inside the mark's span, or {@code null}. Tu and voi words
   * are asked first: they are unambiguous, while the Lei words ("la", "le", "suo") also serve as
   * articles and third persons ("te la mando" is tu).
   */
  private static Register registerOf(CompiledBlock block, AnalyzedText text, Match m) {
    for (Register r : new Register[] {Register.TU, Register.VOI, Register.LEI}) {
      for (PatternSet.Entry<Void> e : block.set(r.code()).entries()) {
        for (int i = m.markFrom(); i < m.markTo(); i++) {
          if (e.pattern().matchAt(text, i) != null) {
            return r;
          }
        }
      }
    }
    return null;
  }

  private static void report(Reporter reporter, AnalyzedText text, Mark k, Register target) {
    List<String> suggestions = new ArrayList<>();
    for (Suggestion s : k.trigger().suggestions()) {
      String r = s.render(text, k.match(), target);
      if (!r.isEmpty() && !suggestions.contains(r)) {
        suggestions.add(r);
      }
    }
    String message = k.trigger().message() == null ? null : k.trigger().message().get(Language.IT);
    reporter.report(k.match().start(text), k.match().end(text), suggestions, k.trigger().severity(), message);
  }
}
