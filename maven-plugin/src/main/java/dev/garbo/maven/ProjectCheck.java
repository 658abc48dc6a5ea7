package dev.garbo.maven;

import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Finding;
import dev.garbo.source.ReplyReader;
import dev.garbo.source.SourceException;
import dev.garbo.source.SourceOptions;
import dev.garbo.source.SourceReaders;
import dev.garbo.source.SourceReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the selected files of a project with garbo's source readers and checks every reply, files
 * in parallel (the checker is thread-safe). A file that cannot be read becomes a {@link
 * ReadProblem}; the others are checked all the same.
 */
final class ProjectCheck {
  private final Checker checker;
  private final SourceOptions options;
  private final long maxFileSize;
  private final int threads;

  ProjectCheck(Checker checker, SourceOptions options, long maxFileSize, int threads) {
    this.checker = checker;
    this.options = options;
    this.maxFileSize = maxFileSize;
    this.threads = Math.max(1, threads);
  }

  /** What one file gave: replies, and what went wrong reading or checking it. */
  private record FileResult(List<CheckedReply> replies, List<ReadProblem> problems) {}

  /**
   * @param basedir the project directory
   * @param files relative to {@code basedir}
   */
  ProjectReport run(Path basedir, List<Path> files) throws InterruptedException {
    List<FileResult> results = new ArrayList<>(files.size());
    if (threads == 1 || files.size() < 2) {
      for (Path f : files) {
        results.add(checkFile(basedir, f));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
        Thread t = new Thread(r, "garbo-check");
        t.setDaemon(true);
        t.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        return t;
      });
      try {
        List<Future<FileResult>> futures = new ArrayList<>(files.size());
        for (Path f : files) {
          futures.add(pool.submit(() -> checkFile(basedir, f)));
        }
        for (Future<FileResult> fu : futures) {
          results.add(fu.get());
        }
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
      } finally {
        pool.shutdownNow();
      }
    }
    List<CheckedReply> replies = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    for (FileResult r : results) {
      replies.addAll(r.replies());
      problems.addAll(r.problems());
    }
    return new ProjectReport(files.size(), replies, problems, checker.rules());
  }

  private FileResult checkFile(Path basedir, Path relative) {
    String name = SourceFiles.slashed(relative);
    ReplyReader reader = SourceReaders.forPath(name, options).orElse(null);
    if (reader == null) {
      return new FileResult(List.of(), List.of()); // an image in a templates folder: nothing to read
    }
    List<SourceReply> sources;
    try {
      Path file = basedir.resolve(relative);
      long size = Files.size(file);
      if (size > maxFileSize) {
        return problem(name, 0, 0, "too large to be replies (" + size + " bytes; the limit is " + maxFileSize
            + ", set by <maxFileSize>)");
      }
      sources = reader.read(name, FileText.decode(name, Files.readAllBytes(file)));
    } catch (SourceException e) {
      return problem(name, e.line(), e.column(), e.problem());
    } catch (IOException e) {
      return problem(name, 0, 0, "cannot read it: " + e.getMessage());
    } catch (RuntimeException e) {
      // a reader's own bug: named with the file it broke on, and the other files still checked
      return problem(name, 0, 0, "garbo could not read it: " + e);
    }
    List<CheckedReply> out = new ArrayList<>(sources.size());
    List<ReadProblem> problems = new ArrayList<>(0);
    for (SourceReply s : sources) {
      if (s.text().isBlank()) {
        continue;
      }
      CheckResult result;
      try {
        result = checker.check(s.text(), null, s.language());
      } catch (RuntimeException e) {
        // a rule that breaks on one reply must not hide the findings of all the others
        var p = s.position(0);
        problems.add(new ReadProblem(name, p.line(), p.column(), "garbo failed on this reply: " + e.getMessage()));
        continue;
      }
      List<CheckedReply.Located> located = new ArrayList<>(result.findings().size());
      for (Finding f : result.findings()) {
        located.add(new CheckedReply.Located(f, s.position(f.start()), s.position(f.end())));
      }
      out.add(new CheckedReply(name, s.key(), result, located));
    }
    return new FileResult(out, problems);
  }

  private static FileResult problem(String file, int line, int column, String problem) {
    return new FileResult(List.of(), List.of(new ReadProblem(file, line, column, problem)));
  }
}
