package dev.garbo.cli.score;

import java.util.List;

/**
 * A slice of one file on its way through the pipeline, in file order. JSON Lines slices travel
 * as raw bytes and are parsed by the worker threads; CSV and text transcripts, whose records can
 * span lines, arrive already parsed.
 */
sealed interface Chunk permits JsonlChunk, RecordChunk {
  InputFile file();

  /** The records of this slice, in order. Never throws for bad data: that becomes a {@link Rejected}. */
  List<Parsed> parse(FieldMapping mapping, long maxChars);
}
