package dev.garbo.rule;

import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.RegisterDetector;

/**
 * What a rule sees: the analysed reply, the customer's previous message when there is one, and the
 * register the reply is written in.
 */
public final class Reply {
  private final AnalyzedText text;
  private final AnalyzedText context;
  private final Register configuredRegister;
  private Register register;
  private boolean registerKnown;

  private final java.util.Set<String> vocabulary;

  public Reply(AnalyzedText text, AnalyzedText context, Register configuredRegister) {
    this(text, context, configuredRegister, java.util.Set.of());
  }

  /** @param vocabulary brand and accepted words (folded) that spelling must not question */
  public Reply(AnalyzedText text, AnalyzedText context, Register configuredRegister, java.util.Set<String> vocabulary) {
    this.text = text;
    this.context = context;
    this.configuredRegister = configuredRegister == null ? Register.LEI : configuredRegister;
    this.registerConfigured = configuredRegister != null;
    this.vocabulary = vocabulary;
  }

  private final boolean registerConfigured;

  /**
   * Whether the team chose a register. Only then is a reply written wholly in another register a
   * finding; otherwise the reply's own consistency is all that counts.
   */
  public boolean registerConfigured() {
    return registerConfigured;
  }

  /** The team's brand vocabulary and accepted words, folded. */
  public java.util.Set<String> vocabulary() {
    return vocabulary;
  }

  public AnalyzedText text() {
    return text;
  }

  /** The customer's previous message, analysed, or {@code null}. */
  public AnalyzedText context() {
    return context;
  }

  public Language language() {
    return text.language();
  }

  /** The register configured for the team (Lei, customer service's default, unless set). */
  public Register configuredRegister() {
    return configuredRegister;
  }

  /**
   * The register to write suggestions in: the one the reply itself uses, else the configured one.
   * Only meaningful for Italian.
   */
  public Register register() {
    if (!registerKnown) {
      Register detected = text.language() == Language.IT ? RegisterDetector.detect(text) : null;
      register = detected != null ? detected : configuredRegister;
      registerKnown = true;
    }
    return register;
  }
}
