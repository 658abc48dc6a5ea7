package dev.garbo.source;

import dev.garbo.Language;
import java.util.List;

/**
 * Whole-file templates, one reply per file (key {@code ""}), trimmed: {@code .txt} as is, {@code
 * .html} through {@link HtmlText}, Mustache/Handlebars and FreeMarker through {@link Directives}
 * and then, when the template is HTML ({@code welcome.html.ftl}, {@code .ftlh}, or markup in the
 * content), through {@link HtmlText} too. The language comes from a {@code _it}/{@code .en.} marker
 * in the file name.
 */
final class TemplateReader implements ReplyReader {
  enum Syntax { NONE, MUSTACHE, FREEMARKER }

  private final Syntax syntax;
  private final boolean html;
  private final Language fallback;

  /**
   * @param html true when the file name says HTML; templates are also treated as HTML when their
   *     content looks like it
   */
  TemplateReader(Syntax syntax, boolean html, Language fallback) {
    this.syntax = syntax;
    this.html = html;
    this.fallback = fallback;
  }

  @Override
  public List<SourceReply> read(String file, String content) throws SourceException {
    SourceText.rejectBinary(file, content);
    MappedText text = MappedText.identity(content, LineIndex.of(content));
    text =
        switch (syntax) {
          case NONE -> text;
          case MUSTACHE -> Directives.strip(text, Directives.mustache(text.text()));
          case FREEMARKER -> Directives.strip(text, Directives.freemarker(text.text()));
        };
    if (html || (syntax != Syntax.NONE && HtmlText.looksLikeHtml(text.text()))) {
      text = HtmlText.extract(text);
    }
    text = text.trim();
    if (text.isBlank()) {
      return List.of();
    }
    Language language = FileNames.language(file).orElse(fallback);
    return List.of(new SourceReply(file, "", text.text(), language, text.map()));
  }
}
