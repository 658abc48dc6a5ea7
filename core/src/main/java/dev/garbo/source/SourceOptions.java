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
 */
public record SourceOptions(List<String> replyPaths, MarkdownMode markdown, Language defaultLanguage) {

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
    replyPaths.forEach(PathExpression::parse); // a typo in configuration fails here, not silently later
  }

  public static SourceOptions defaults() {
    return new SourceOptions(DEFAULT_REPLY_PATHS, MarkdownMode.FILE, null);
  }

  public SourceOptions withReplyPaths(List<String> paths) {
    return new SourceOptions(paths, markdown, defaultLanguage);
  }

  public SourceOptions withMarkdown(MarkdownMode mode) {
    return new SourceOptions(replyPaths, mode, defaultLanguage);
  }

  public SourceOptions withDefaultLanguage(Language language) {
    return new SourceOptions(replyPaths, markdown, language);
  }
}
