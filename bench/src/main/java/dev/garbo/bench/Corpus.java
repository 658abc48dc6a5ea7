package dev.garbo.bench;

import dev.garbo.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The standard corpus ({@code replies.tsv}: index, language, file, planted phrase, reply). */
record Corpus(List<String> replies, List<Language> languages) {

  /** Reads the corpus at {@code path}, or at {@code ../shared/bench/replies.tsv} when empty. */
  static Corpus load(String path) {
    Path p = Path.of(path == null || path.isBlank() ? "../shared/bench/replies.tsv" : path);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("corpus not found at " + p.toAbsolutePath()
          + "; pass -p corpus=/path/to/replies.tsv");
    }
    List<String> replies = new ArrayList<>();
    List<Language> langs = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t", 5);
        if (cols.length == 5) {
          langs.add(Language.fromCode(cols[1]).orElse(Language.EN));
          replies.add(cols[4]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Corpus(List.copyOf(replies), List.copyOf(langs));
  }
}
