package dev.garbo.cli.score;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a JSON Lines stream into chunks of whole lines. It only looks for line ends, so one thread
 * can feed every core; a line longer than a reply can be is skipped (and reported) without being
 * held in memory.
 */
final class JsonlReader {
  /** About a thousand turns: large enough to amortise the hand-over, small enough to spread a small file. */
  static final int CHUNK_BYTES = 256 * 1024;

  private JsonlReader() {}

  static void read(InputFile file, InputStream in, ChunkSink sink, long maxLineBytes) throws IOException, InterruptedException {
    byte[] buf = new byte[CHUNK_BYTES];
    int fill = 0;
    long line = 1;
    long skipFrom = -1; // the line being skipped because it is too long, or -1
    long skippedBytes = 0;
    while (true) {
      int n = in.readNBytes(buf, fill, buf.length - fill);
      boolean eof = n == 0 && fill < buf.length;
      fill += n;
      if (skipFrom > 0) {
        int nl = indexOf(buf, 0, fill);
        if (nl < 0) {
          skippedBytes += fill;
          fill = 0;
          if (eof) {
            break;
          }
          continue;
        }
        skippedBytes += nl;
        sink.accept(tooLong(file, skipFrom, skippedBytes, maxLineBytes));
        line++;
        skipFrom = -1;
        System.arraycopy(buf, nl + 1, buf, 0, fill - nl - 1);
        fill -= nl + 1;
      }
      int last = lastIndexOf(buf, fill);
      if (last >= 0) {
        byte[] data = Arrays.copyOf(buf, last + 1);
        sink.accept(new JsonlChunk(file, line, data));
        line += count(data);
        System.arraycopy(buf, last + 1, buf, 0, fill - last - 1);
        fill -= last + 1;
      } else if (fill == buf.length) {
        // one line fills the buffer: grow it up to the longest reply, then give up on the line
        if (buf.length <= maxLineBytes) {
          buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(buf.length * 2L, 1)));
        } else {
          skipFrom = line;
          skippedBytes = fill;
          fill = 0;
        }
      }
      if (eof) {
        break;
      }
    }
    if (skipFrom > 0) {
      sink.accept(tooLong(file, skipFrom, skippedBytes, maxLineBytes));
    } else if (fill > 0) {
      sink.accept(new JsonlChunk(file, line, Arrays.copyOf(buf, fill)));
    }
  }

  private static RecordChunk tooLong(InputFile file, long line, long bytes, long max) {
    return new RecordChunk(file, List.of(new Rejected(file, line, "the line is " + human(bytes)
        + " long, more than a reply can be (the limit is " + human(max) + "; raise it with --max-size)")));
  }

  private static String human(long bytes) {
    return bytes >= 1 << 20 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
        : bytes >= 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " bytes";
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, int to) {
    for (int i = to - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int count(byte[] b) {
    int n = 0;
    for (byte x : b) {
      if (x == '\n') {
        n++;
      }
    }
    return n;
  }
}
