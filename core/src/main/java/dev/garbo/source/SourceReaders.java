package dev.garbo.source;

import dev.garbo.Language;
import java.util.Locale;
import java.util.Optional;

/** Picks the reader for a file; the one place that knows which extensions garbo reads. */
public final class SourceReaders {
  private SourceReaders() {}

  /**
   * The reader for a path, by its extension: {@code .properties}; {@code .yml .yaml .json}; {@code
   * .txt} (whole, or per paragraph, see {@link SourceOptions#plainText()}); {@code .md .markdown}; {@code .html .htm}; {@code .mustache .hbs .handlebars}; {@code
   * .ftl .ftlh}. An inner {@code .html}/{@code .htm} extension ({@code welcome.html.mustache}) or
   * {@code .ftlh} makes a template HTML.
   *
   * @return empty for files garbo does not read
   */
  public static Optional<ReplyReader> forPath(String path, SourceOptions options) {
    String name = FileNames.baseName(path).toLowerCase(Locale.ROOT);
    Language language = options.defaultLanguage();
    boolean html = name.contains(".html.") || name.contains(".htm.") || name.endsWith(".ftlh");
    ReplyReader reader =
        switch (FileNames.extension(name)) {
          case "properties" -> new PropertiesReader(language);
          case "yml", "yaml" -> new StructuredReader(true, options.replyPaths(), language);
          case "json" -> new StructuredReader(false, options.replyPaths(), language);
          case "md", "markdown" -> new MarkdownReader(options.markdown(), language);
          case "txt" -> options.plainText() == MarkdownMode.PARAGRAPH
              ? new MarkdownReader(MarkdownMode.PARAGRAPH, language, false)
              : new TemplateReader(TemplateReader.Syntax.NONE, false, language);
          case "html", "htm" -> new TemplateReader(TemplateReader.Syntax.NONE, true, language);
          case "mustache", "hbs", "handlebars" -> new TemplateReader(TemplateReader.Syntax.MUSTACHE, html, language);
          case "ftl", "ftlh" -> new TemplateReader(TemplateReader.Syntax.FREEMARKER, html, language);
          default -> null;
        };
    return Optional.ofNullable(reader);
  }
}
