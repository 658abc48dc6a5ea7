package dev.garbo.source;

import dev.garbo.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a file name says: its extension and the language marker bundles and templates carry. */
final class FileNames {
  /**
   * {@code messages_it.properties}, {@code bot_en_GB.properties}, {@code welcome.it.html}, {@code
   * reminder-en.mustache}, {@code it.json}: the code must stand between separators so that {@code
   * edit.txt} or {@code items.json} say nothing.
   */
  private static final Pattern MARKER =
      Pattern.compile("(?:^|[._-])(it|en)(?:[_-][a-z]{2})?(?=[._-]|$)", Pattern.CASE_INSENSITIVE);

  private FileNames() {}

  static String baseName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** The last extension, lower-cased, without the dot; "" if there is none. */
  static String extension(String path) {
    String name = baseName(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static Optional<Language> language(String path) {
    Matcher m = MARKER.matcher(baseName(path));
    String code = null;
    while (m.find()) {
      code = m.group(1); // the last marker wins: welcome_v2.en.html
    }
    return Language.fromCode(code);
  }
}
