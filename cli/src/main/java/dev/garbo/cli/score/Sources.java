package dev.garbo.cli.score;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens transcript files (gzip recognised by its magic bytes, whatever the name) and hands them to
 * the reader for their format. Whatever goes wrong with a file is reported as {@link Unreadable}
 * in its place in the stream, so the records before the problem still count.
 */
final class Sources {
  private Sources() {}

  /**
   * Reads one file into {@code sink}.
   *
   * @param bytesRead advanced by the bytes taken from disk, for the progress estimate
   */
  static void read(InputFile file, ChunkSink sink, FieldMapping mapping, long maxBytes, AtomicLong bytesRead)
      throws InterruptedException {
    try (InputStream raw = new Counting(Files.newInputStream(file.path()), bytesRead)) {
      BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      InputStream data = in;
      if (b0 == 0x1f && b1 == 0x8b) {
        data = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
      }
      data.mark(8192);
      byte[] head = data.readNBytes(8192);
      data.reset();
      for (int i = 0; i < head.length; i++) {
        if (head[i] == 0) {
          sink.accept(unreadable(file, "binary file (NUL byte at offset " + i + "), not a transcript"));
          return;
        }
      }
      Format format = file.format() != null ? file.format() : Format.sniff(head, head.length);
      switch (format) {
        case JSONL -> JsonlReader.read(file, data, sink, maxBytes);
        case CSV -> CsvReader.read(file, utf8(data), sink, mapping, maxBytes);
        case TEXT -> TextReader.read(file, utf8(data), sink, mapping, maxBytes);
      }
    } catch (ZipException e) {
      sink.accept(unreadable(file, "corrupt gzip data (" + e.getMessage() + "); the rest of the file was not read"));
    } catch (java.io.EOFException e) {
      sink.accept(unreadable(file, "the file ends in the middle of its gzip data; the rest was not read"));
    } catch (java.nio.charset.CharacterCodingException e) {
      sink.accept(unreadable(file, "not valid UTF-8 text; save it as UTF-8"));
    } catch (IOException e) {
      sink.accept(unreadable(file, e.getMessage() == null ? e.toString() : e.getMessage()));
    }
  }

  private static RecordChunk unreadable(InputFile file, String message) {
    return new RecordChunk(file, List.of(new Unreadable(file, message)));
  }

  private static BufferedReader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
  }

  /** Counts the bytes taken from disk. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
