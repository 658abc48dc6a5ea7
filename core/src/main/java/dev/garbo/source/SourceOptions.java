package dev.garbo.source;

import dev.garbo.Language;
import java.util.List;
import java.util.Objects;

/**
 * How to read source files.
 *
 * @param replyPaths which YAML/JSON string values are replies, as path expressions (see {@link
 *     #DEFAULT_REPLY_PATHS}): dot-separated keys, {@code *} for any key, {@code [*]} for any array
 *     element, {@code [2]} for one element, {@code **} for any number of levels
 * @param markdown how Markdown files are cut into replies
 * @param defaultLanguage the language of replies whose file does not say; null to leave it to the
 *     caller (detection)
 * @param plainText how plain-text ({@code .txt}) files are cut into replies: the whole file (the
 *     default) or one reply per blank-line-separated paragraph
 */
public record SourceOptions(
    List<String> replyPaths, MarkdownMode markdown, Language defaultLanguage, MarkdownMode plainText) {

  /**
   * Rasa {@code domain.yml} responses and their button titles, chat transcripts and bot flows
   * ({@code messages[*].text}, {@code messages[*].content}) and maps of named replies ({@code
   * *.text}). Flat i18n JSON ({@code {"greeting": "Ciao"}}) needs {@code "**"}, which is not a
   * default because it would turn every string of every JSON file (package.json too) into a reply.
   */
  public static final List<String> DEFAULT_REPLY_PATHS =
      List.of(
          "responses.*[*].text",
          "responses.*[*].buttons[*].title",
          "messages[*].text",
          "messages[*].content",
          "*.text");

  public SourceOptions {
    replyPaths = List.copyOf(Objects.requireNonNull(replyPaths, "replyPaths"));
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(plainText, "plainText");
    replyPaths.forEach(PathExpression::parse); // a typo in configuration fails here, not silently later
  }

  /** Plain text read whole, one reply per file. */
  public SourceOptions(List<String> replyPaths, MarkdownMode markdown, Language defaultLanguage) {
    this(replyPaths, markdown, defaultLanguage, MarkdownMode.FILE);
  }

  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_REPLY_PATHS, MarkdownMode.FILE, null, MarkdownMode.FILE);
  }

  public SourceOptions withReplyPaths(List<String> paths) {
    return new SourceOptions(paths, markdown, defaultLanguage, plainText);
  }

  public SourceOptions withMarkdown(MarkdownMode mode) {
    return new SourceOptions(replyPaths, mode, defaultLanguage, plainText);
  }

  public SourceOptions withDefaultLanguage(Language language) {
    return new SourceOptions(replyPaths, markdown, language, plainText);
  }

  /** How {@code .txt} files are cut: {@link MarkdownMode#PARAGRAPH} for FAQ-like files of many short replies. */
  public SourceOptions withPlainText(MarkdownMode mode) {
    return new SourceOptions(replyPaths, markdown, defaultLanguage, mode);
  }
}
