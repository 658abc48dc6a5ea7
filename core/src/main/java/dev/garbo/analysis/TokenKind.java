package dev.garbo.analysis;

/** What a token is, so that rules and spell checking can leave chat furniture alone. */
public enum TokenKind {
  WORD,
  NUMBER,
  PUNCT,
  /** Emoji and other symbols. */
  SYMBOL,
  URL,
  EMAIL,
  /** {@code @user}, {@code #hashtag}. */
  HANDLE,
  /** Template placeholders: {@code {name}}, {@code {{order}}}, {@code %s}, {@code ${x}}, {@code __email__}. */
  PLACEHOLDER,
  /** Order numbers, tracking codes and other letter-digit mixes. */
  CODE;

  public boolean isWordLike() {
    return this == WORD;
  }
}
