package dev.garbo.cli.score;

/** What reading one record gave: a turn, a record we could not use, or a file we could not read on. */
public sealed interface Parsed permits Turn, Rejected, Unreadable {
  InputFile file();
}
