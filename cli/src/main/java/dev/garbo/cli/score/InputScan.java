package dev.garbo.cli.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files the user pointed at: files as given, folders walked recursively in name order (hidden
 * ones skipped), keeping the files whose name says a transcript format.
 *
 * @param files what to read, in the order the output follows
 * @param errors paths that do not exist or cannot be read
 * @param ignored files inside folders whose name is no transcript format
 */
public record InputScan(List<InputFile> files, List<String> errors, List<String> ignored) {

  public static InputScan of(List<String> paths) {
    Set<Path> seen = new LinkedHashSet<>();
    List<InputFile> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String given : paths) {
      Path p = Path.of(given);
      if (!Files.exists(p)) {
        errors.add(given + ": no such file or folder");
      } else if (Files.isDirectory(p)) {
        for (Path f : walk(p, errors)) {
          if (Format.fromName(f.getFileName().toString()).isPresent()) {
            add(f, f.toString(), files, seen, errors);
          } else {
            ignored.add(f.toString());
          }
        }
      } else {
        add(p, given, files, seen, errors);
      }
    }
    return new InputScan(List.copyOf(files), List.copyOf(errors), List.copyOf(ignored));
  }

  private static void add(Path p, String name, List<InputFile> files, Set<Path> seen, List<String> errors) {
    if (!seen.add(p.toAbsolutePath().normalize())) {
      return;
    }
    if (!Files.isReadable(p)) {
      errors.add(name + ": cannot read it (permission denied)");
      return;
    }
    long size;
    try {
      size = Files.size(p);
    } catch (IOException e) {
      errors.add(name + ": cannot read it: " + e.getMessage());
      return;
    }
    files.add(new InputFile(p, name, Format.fromName(p.getFileName().toString()).orElse(null), size));
  }

  private static List<Path> walk(Path dir, List<String> errors) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !hidden(dir.relativize(f)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      errors.add(dir + ": cannot list it: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Bytes on disk, for the progress estimate. */
  public long totalBytes() {
    return files.stream().mapToLong(InputFile::size).sum();
  }
}
