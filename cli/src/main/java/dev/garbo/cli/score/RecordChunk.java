package dev.garbo.cli.score;

import java.util.List;

/** Records a reader has already parsed (CSV rows, text transcript turns, problems found while reading). */
record RecordChunk(InputFile file, List<Parsed> records) implements Chunk {
  RecordChunk {
    records = List.copyOf(records);
  }

  @Override
  public List<Parsed> parse(FieldMapping mapping, long maxChars) {
    return records;
  }
}
