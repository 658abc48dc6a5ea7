package dev.garbo.analysis;

import dev.garbo.Language;
import java.util.List;

/** Entry point of analysis: tokens, sentences, language. Thread-safe. */
public final class Analyzer {
  private final LanguageIdentifier identifier = new LanguageIdentifier();
  private final Language defaultLanguage;

  public Analyzer(Language defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  /** Analyses {@code text} in {@code language}, or in the detected language when it is {@code null}. */
  public AnalyzedText analyze(String text, Language language) {
    List<Token> tokens = Tokenizer.tokenize(text);
    Language lang = language != null ? language : identifier.identify(text, tokens, defaultLanguage);
    return new AnalyzedText(text, lang, tokens);
  }

  public Language identify(String text) {
    return identifier.identify(text, Tokenizer.tokenize(text), defaultLanguage);
  }
}
