package dev.garbo.source;

import dev.garbo.Language;
import java.util.Objects;

/**
 * One reply found in a source file.
 *
 * @param file the path the reader was given
 * @param key what the reply is called in the file: the property key, the concrete YAML/JSON path
 *     ({@code responses.utter_greet[0].text}), {@code "paragraph 3"} for Markdown paragraphs, or
 *     {@code ""} for a whole-file template
 * @param text what gets checked; offsets into it map back to the file through {@code positions}
 * @param language the language the file says the reply is in, or null when it does not say (the
 *     caller decides, e.g. by detection)
 * @param positions where each char of {@code text} is in the file
 */
public record SourceReply(String file, String key, String text, Language language, PositionMap positions) {

  public SourceReply {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(positions, "positions");
    if (positions.length() != text.length()) {
      throw new IllegalArgumentException("position map is for " + positions.length() + " chars, text has " + text.length());
    }
  }

  /**
   * Where the char at {@code offsetInText} is in the file. {@code text.length()} is allowed and maps
   * just past the last char, so exclusive ends of findings can be mapped too.
   */
  public FilePosition position(int offsetInText) {
    return positions.position(offsetInText);
  }
}
