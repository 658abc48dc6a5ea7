package dev.garbo.source;

/** How a Markdown file (or, with {@link SourceOptions#withPlainText}, a plain-text file) is cut into replies. */
public enum MarkdownMode {
  /**
   * The whole file is one reply (the default): a Markdown file in a reply repository is usually a
   * canned answer sent as one message, and rules about greetings, sign-offs and length need the
   * whole message.
   */
  FILE,
  /** One reply per blank-line-separated paragraph (a heading is a paragraph of its own), for FAQ pages and knowledge-base articles. */
  PARAGRAPH
}
