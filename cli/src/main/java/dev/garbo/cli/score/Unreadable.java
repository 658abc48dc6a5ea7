package dev.garbo.cli.score;

/**
 * A file, or the rest of one, that could not be read (an I/O error, a corrupt gzip stream, invalid
 * UTF-8 in a CSV, a binary file). The records before the problem count; the run ends with exit 2.
 */
public record Unreadable(InputFile file, String message) implements Parsed {}
