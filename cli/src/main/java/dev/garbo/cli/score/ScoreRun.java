package dev.garbo.cli.score;

import dev.garbo.Checker;
import dev.garbo.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@code garbo score} run: reads the files, checks every agent turn on all cores, and keeps
 * the tally. Output order follows input order whatever the number of threads.
 */
public final class ScoreRun {

  /** What the run tells as it goes, always from one thread at a time and in input order. */
  public interface Listener {
    void rejected(Rejected r);

    void unreadable(Unreadable u);
  }

  /**
   * @param threads worker threads (the reader runs beside them)
   * @param maxBytes the longest record accepted, in bytes (and characters)
   * @param worst how many of the worst replies to keep for the report
   * @param examplesPerRule how many replies to keep per rule for its drill-down
   */
  public record Settings(FieldMapping mapping, int threads, long maxBytes, int worst, int examplesPerRule) {}

  /** {@code read = scored + skipped + rejected}, always. */
  public record Counts(long read, long scored, long skipped, long rejected) {}

  private final Checker checker;
  private final boolean forcedLanguage;
  private final Settings settings;
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong recordsRead = new AtomicLong();
  private final AtomicLong repliesScored = new AtomicLong();
  private volatile Pipeline current;

  public ScoreRun(Checker checker, boolean forcedLanguage, Settings settings) {
    this.checker = checker;
    this.forcedLanguage = forcedLanguage;
    this.settings = settings;
  }

  /**
   * Runs over {@code files}.
   *
   * @param findings where {@code findings.jsonl} goes, or {@code null} for none
   */
  public Result run(List<InputFile> files, OutputStream findings, Listener listener) throws InterruptedException {
    Tally tally = new Tally(settings.worst(), settings.examplesPerRule());
    List<Unreadable> unreadable = new ArrayList<>();
    long[] counts = new long[4]; // read, scored, skipped, rejected: touched by the in-order step only
    Scorer scorer = new Scorer(checker, forcedLanguage, findings != null, settings.worst(), settings.examplesPerRule());
    Pipeline pipeline = new Pipeline(settings.threads(), scorer, settings.mapping(), settings.maxBytes(), bytesRead::get, b -> {
      if (b.lines() != null) {
        try {
          findings.write(b.lines());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the findings: " + e.getMessage(), e);
        }
      }
      tally.merge(b.tally());
      counts[0] += b.batch().read();
      counts[1] += b.scored();
      counts[2] += b.batch().skipped();
      counts[3] += b.batch().rejected().size() + b.failed().size();
      recordsRead.addAndGet(b.batch().read());
      repliesScored.addAndGet(b.scored());
      b.batch().rejected().forEach(listener::rejected);
      b.failed().forEach(listener::rejected);
      b.batch().unreadable().forEach(u -> {
        unreadable.add(u);
        listener.unreadable(u);
      });
    });
    long started = System.nanoTime();
    current = pipeline;
    try {
      for (InputFile f : files) {
        Sources.read(f, pipeline, settings.mapping(), settings.maxBytes(), bytesRead);
      }
      pipeline.finish();
    } catch (RuntimeException | InterruptedException e) {
      pipeline.abort();
      throw e;
    }
    long nanos = System.nanoTime() - started;
    return new Result(new Counts(counts[0], counts[1], counts[2], counts[3]), tally, List.copyOf(unreadable), nanos);
  }

  /** Bytes of input done so far (compressed bytes for gzip), for the progress line. */
  public long bytesDone() {
    Pipeline p = current;
    return p == null ? 0 : p.done();
  }

  public long recordsRead() {
    return recordsRead.get();
  }

  public long repliesScored() {
    return repliesScored.get();
  }

  /** What a run found. */
  public static final class Result {
    private final Counts counts;
    final Tally tally;
    private final List<Unreadable> unreadable;
    private final long nanos;

    Result(Counts counts, Tally tally, List<Unreadable> unreadable, long nanos) {
      this.counts = counts;
      this.tally = tally;
      this.unreadable = unreadable;
      this.nanos = nanos;
    }

    public Counts counts() {
      return counts;
    }

    public List<Unreadable> unreadable() {
      return unreadable;
    }

    /** Wall time from the first byte read to the last reply handed over. */
    public double seconds() {
      return nanos / 1e9;
    }

    /** Whether any finding is at or above {@code level}. */
    public boolean hasFindingsAtLeast(Severity level) {
      Stats s = tally.total;
      return switch (level) {
        case ERROR -> s.errors > 0;
        case WARNING -> s.errors + s.warnings > 0;
        case SUGGESTION -> s.findings > 0;
      };
    }
  }
}
