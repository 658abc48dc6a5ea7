package dev.garbo.definition;

import dev.garbo.Example;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.pattern.Match;
import dev.garbo.pattern.PatternSet;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import dev.garbo.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule written entirely as data: it fires where one of its patterns matches, unless an exception
 * pattern covers the same words, the sentence or the reply. Java rules that need more (a look at
 * the whole reply) extend it and override {@link #accept}.
 */
public class PhraseRule implements Rule {
  private final RuleSpec spec;

  public PhraseRule(RuleSpec spec) {
    this.spec = spec;
  }

  protected RuleSpec spec() {
    return spec;
  }

  @Override
  public RuleInfo info() {
    return spec.info();
  }

  @Override
  public List<Example> examples() {
    return spec.examples();
  }

  @Override
  public java.util.Set<String> triggers(dev.garbo.Language language) {
    CompiledBlock block = spec.block(language);
    return block == null ? java.util.Set.of() : block.patterns().anchors();
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    CompiledBlock block = spec.block(reply.language());
    if (block == null || block.patterns().isEmpty()) {
      return;
    }
    AnalyzedText text = reply.text();
    List<PatternSet.Hit<CompiledBlock.Trigger>> hits = block.patterns().findAll(text);
    if (hits.isEmpty()) {
      return;
    }
    // hits come in order of their first token, so a hit overlaps a kept one only if it starts
    // before the furthest end kept so far
    int keptTo = 0;
    for (PatternSet.Hit<CompiledBlock.Trigger> hit : hits) {
      Match m = hit.match();
      if (m.from() < keptTo) {
        continue;
      }
      CompiledBlock.Trigger trigger = hit.entry().payload();
      if (!trigger.after().isEmpty() && !trigger.after().matchesAnywhere(reply.context())) {
        continue;
      }
      if (!block.unless().overlapping(text, m.from(), m.to()).isEmpty()
          || block.unlessSentence().matchesInSentence(text, text.token(m.from()).sentence())
          || block.unlessReply().matchesAnywhere(text)
          || !accept(reply, block, m)) {
        continue;
      }
      keptTo = m.to();
      Severity severity = trigger.severity();
      if (block.escalateTo() != null && block.escalateAfter().matchesAnywhere(reply.context())) {
        severity = block.escalateTo();
      }
      List<String> suggestions = new ArrayList<>(trigger.suggestions().size());
      for (Suggestion s : trigger.suggestions()) {
        String r = s.render(text, m, reply.register());
        if (!r.isEmpty() && !suggestions.contains(r)) {
          suggestions.add(r);
        }
      }
      String message = trigger.message() == null ? null : trigger.message().get(reply.language());
      reporter.report(m.start(text), m.end(text), suggestions, severity, message);
    }
  }

  /**
   * Whether a match that passed the data-defined exceptions should be reported. Java rules override
   * this to look at the whole reply or at the customer's message.
   */
  protected boolean accept(Reply reply, CompiledBlock block, Match match) {
    return true;
  }
}
