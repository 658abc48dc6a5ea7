package dev.garbo.analysis;

/**
 * A token with its place in the text.
 *
 * @param index position in the token list
 * @param start UTF-16 offset of the first char
 * @param end UTF-16 offset past the last char
 * @param text the text as written
 * @param folded lower-cased, accent-free, apostrophe-normalised, contraction-expanded form used
 *     for matching ("can" for the "ca" of "can't", "not" for "n't", "non" for the chat "nn")
 * @param kind what the token is
 * @param sentence index of the sentence it belongs to
 * @param spaceBefore whether whitespace precedes it
 */
public record Token(
    int index, int start, int end, String text, String folded, TokenKind kind, int sentence, boolean spaceBefore) {

  public boolean isWord() {
    return kind == TokenKind.WORD;
  }

  public boolean isPunct() {
    return kind == TokenKind.PUNCT;
  }

  public boolean startsUpperCase() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
