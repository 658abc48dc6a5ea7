package dev.garbo.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which files of a project garbo reads: Ant-style include and exclude patterns relative to the
 * project directory, as in Maven file sets ({@code **} any number of directories, {@code *} and
 * {@code ?} within one name, a trailing {@code /} meaning everything below).
 */
final class SourceFiles {

  /**
   * Message bundles, Rasa domain files, and templates: in a {@code templates} folder anything garbo
   * can read, elsewhere under the resources the template extensions that hold nothing but text.
   */
  static final List<String> DEFAULT_INCLUDES = List.of(
      "src/main/resources/**/*.properties",
      "**/domain.yml",
      "**/domain.yaml",
      "**/domain/**/*.yml",
      "**/domain/**/*.yaml",
      "src/main/resources/**/templates/**",
      "src/main/resources/**/*.mustache",
      "src/main/resources/**/*.hbs",
      "src/main/resources/**/*.ftl",
      "src/main/resources/**/*.ftlh");

  /**
   * Build output, dependencies and hidden folders, and the {@code .properties} files every Java
   * project has that are settings, not words for customers.
   */
  static final List<String> DEFAULT_EXCLUDES = List.of(
      "**/target/**",
      "**/node_modules/**",
      "**/.*/**",
      "**/META-INF/**",
      "**/application*.properties",
      "**/bootstrap*.properties",
      "**/log4j*.properties",
      "**/logging.properties",
      "**/simplelogger.properties",
      "**/git.properties");

  private final List<Glob> includes;
  private final List<Glob> excludes;

  SourceFiles(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(Glob::new).toList();
    this.excludes = excludes.stream().map(Glob::new).toList();
  }

  /** The selected regular files under {@code basedir}, as paths relative to it, sorted. */
  List<Path> select(Path basedir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(basedir)) {
      return out;
    }
    Files.walkFileTree(basedir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(basedir)) {
          return FileVisitResult.CONTINUE;
        }
        String rel = slashed(basedir.relativize(dir));
        return excludes.stream().anyMatch(g -> g.coversDirectory(rel)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          Path rel = basedir.relativize(file);
          if (matches(slashed(rel))) {
            out.add(rel);
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // an unreadable corner of the tree is not garbo's business
      }
    });
    out.sort(null);
    return out;
  }

  /** Whether a path relative to the project directory, with {@code /} separators, is selected. */
  boolean matches(String relative) {
    return includes.stream().anyMatch(g -> g.matches(relative)) && excludes.stream().noneMatch(g -> g.matches(relative));
  }

  static String slashed(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** One Ant-style pattern, split into path segments. */
  static final class Glob {
    private final String[] segments;
    private final Pattern[] names;

    Glob(String pattern) {
      String p = pattern.trim().replace('\\', '/');
      if (p.startsWith("./")) {
        p = p.substring(2);
      }
      if (p.endsWith("/")) {
        p = p + "**";
      }
      segments = p.split("/+");
      names = new Pattern[segments.length];
      for (int i = 0; i < segments.length; i++) {
        names[i] = segments[i].equals("**") ? null : Pattern.compile(toRegex(segments[i]));
      }
    }

    boolean matches(String relative) {
      return match(relative.split("/"), 0, 0);
    }

    /**
     * Whether everything below the directory is matched, so the walk can skip it: the pattern is
     * {@code something/**} and {@code something} matches the directory.
     */
    boolean coversDirectory(String relativeDir) {
      int n = segments.length;
      if (n < 2 || names[n - 1] != null) {
        return false;
      }
      return match(relativeDir.split("/"), 0, 0, n - 1);
    }

    private boolean match(String[] path, int pi, int si) {
      return match(path, pi, si, segments.length);
    }

    private boolean match(String[] path, int pi, int si, int end) {
      if (si == end) {
        return pi == path.length;
      }
      if (names[si] == null) {
        for (int k = pi; k <= path.length; k++) {
          if (match(path, k, si + 1, end)) {
            return true;
          }
        }
        return false;
      }
      return pi < path.length && names[si].matcher(path[pi]).matches() && match(path, pi + 1, si + 1, end);
    }

    private static String toRegex(String name) {
      StringBuilder b = new StringBuilder();
      for (char c : name.toCharArray()) {
        switch (c) {
          case '*' -> b.append("[^/]*");
          case '?' -> b.append("[^/]");
          default -> b.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return b.toString();
    }
  }
}
