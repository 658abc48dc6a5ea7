package dev.garbo.cli.score;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress line: records read, replies scored per second, and the time left, estimated from
 * the bytes done against the size of the files (known for files on disk, gzip included, since
 * compressed bytes are counted).
 */
public final class Progress implements AutoCloseable {
  private final ScheduledExecutorService timer;
  private final ScoreRun run;
  private final long totalBytes;
  private final StatusLine line;
  private final long started = System.nanoTime();

  /** @param every how often to redraw, in milliseconds */
  public Progress(ScoreRun run, long totalBytes, StatusLine line, long every) {
    this.run = run;
    this.totalBytes = totalBytes;
    this.line = line;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "garbo-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::draw, every, every, TimeUnit.MILLISECONDS);
  }

  private void draw() {
    double seconds = (System.nanoTime() - started) / 1e9;
    long scored = run.repliesScored();
    StringBuilder s = new StringBuilder("garbo score: ").append(Num.count(run.recordsRead())).append(" records read, ")
        .append(Num.count(scored)).append(" replies scored, ").append(Num.count(Math.round(scored / Math.max(seconds, 1e-3))))
        .append(" replies/s");
    long done = run.bytesDone();
    if (totalBytes > 0 && done > 0) {
      double fraction = Math.min(1, done / (double) totalBytes);
      s.append(", ").append(Math.round(fraction * 100)).append('%');
      // too early, the estimate is mostly start-up and warm-up
      if (fraction < 1 && fraction >= 0.02 && seconds > 5) {
        s.append(", about ").append(duration(seconds * (1 - fraction) / fraction)).append(" left");
      }
    }
    line.progress(s.toString());
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    line.clear();
  }

  /**
   * Whether standard error is a terminal. Java 17 can only say whether the process has a console
   * (stdin and stdout both terminals); on Linux /proc tells about stderr itself, which is what
   * matters when the summary is piped and the progress should still show.
   */
  public static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console test
    }
    return System.console() != null;
  }
}
