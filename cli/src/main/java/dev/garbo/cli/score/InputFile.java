package dev.garbo.cli.score;

import java.nio.file.Path;

/**
 * One transcript file to read.
 *
 * @param path where it is
 * @param name how messages name it (the path as the user would type it)
 * @param format how to read it
 * @param size bytes on disk (compressed size for gzip), for the progress estimate
 */
public record InputFile(Path path, String name, Format format, long size) {}
