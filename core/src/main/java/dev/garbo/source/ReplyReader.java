package dev.garbo.source;

import java.util.List;

/** Extracts the replies from one kind of file. Implementations are stateless and thread-safe. */
public interface ReplyReader {

  /**
   * Reads the replies in a file.
   *
   * @param file the file's path, used in replies and errors and to tell the language from the name
   * @param content the whole file, already decoded (garbo reads UTF-8)
   * @return the replies in file order; empty for an empty file
   * @throws SourceException if the file is binary or cannot be parsed
   */
  List<SourceReply> read(String file, String content) throws SourceException;
}
