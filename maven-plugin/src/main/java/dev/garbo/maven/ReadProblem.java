package dev.garbo.maven;

/**
 * A project file garbo could not read replies from (broken YAML, invalid UTF-8, a binary file).
 * The other files are still checked; the build fails and names this one.
 *
 * @param file relative to the project directory
 * @param line 1-based, 0 when the problem is the whole file
 */
record ReadProblem(String file, int line, int column, String problem) {

  /** {@code file:line:column: problem}, the form editors and terminals jump to. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
  }
}
