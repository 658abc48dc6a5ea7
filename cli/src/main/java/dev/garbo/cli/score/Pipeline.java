package dev.garbo.cli.score;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Parse on all cores, link in order, check on all cores, then hand over in order.
 *
 * <p>Each chunk becomes a chain of futures: parsing and checking run on the pool, in any order;
 * linking chunk <i>n</i> waits for linking chunk <i>n-1</i>, and handing over chunk <i>n</i> waits
 * for handing over chunk <i>n-1</i>. So the output follows the input whatever the thread timing,
 * with no thread dedicated to ordering. A semaphore caps the chunks in flight: the reader waits
 * when the workers are behind, and memory stays bounded.
 */
final class Pipeline implements ChunkSink {
  private final ExecutorService pool;
  private final Semaphore room;
  private final Linker linker = new Linker();
  private final Scorer scorer;
  private final Consumer<ScoredBatch> sink;
  private final FieldMapping mapping;
  private final long maxChars;
  private final java.util.function.LongSupplier position;
  private final java.util.concurrent.atomic.AtomicLong handedPosition = new java.util.concurrent.atomic.AtomicLong();
  private CompletableFuture<Batch> lastLink = CompletableFuture.completedFuture(null);
  private CompletableFuture<Void> lastSink = CompletableFuture.completedFuture(null);

  /**
   * @param position how far the reader is in the input, in bytes from disk, read when a chunk comes in
   * @param sink receives the batches one at a time, in input order
   */
  Pipeline(int threads, Scorer scorer, FieldMapping mapping, long maxChars, java.util.function.LongSupplier position,
      Consumer<ScoredBatch> sink) {
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "garbo-score-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // a few chunks per thread keep every core fed while one chunk waits for its turn
    this.room = new Semaphore(4 * threads + 2);
    this.scorer = scorer;
    this.mapping = mapping;
    this.maxChars = maxChars;
    this.position = position;
    this.sink = sink;
  }

  @Override
  public void accept(Chunk chunk) throws InterruptedException {
    room.acquire();
    if (lastSink.isCompletedExceptionally()) {
      room.release();
      throw failure(lastSink);
    }
    long at = position.getAsLong();
    CompletableFuture<List<Parsed>> parsed = CompletableFuture.supplyAsync(() -> chunk.parse(mapping, maxChars), pool);
    CompletableFuture<Batch> linked = parsed.thenCombine(lastLink, (records, previous) -> linker.link(records));
    CompletableFuture<ScoredBatch> scored = linked.thenApplyAsync(scorer::score, pool);
    CompletableFuture<Void> handed = scored.thenCombine(lastSink, (batch, previous) -> {
      sink.accept(batch);
      handedPosition.set(at);
      return null;
    });
    handed.whenComplete((v, e) -> room.release());
    lastLink = linked;
    lastSink = handed;
  }

  /**
   * How far the input is done, in bytes from disk: the reader's position when the last chunk handed
   * over came in. The reader runs a few chunks ahead, so its own position would promise too much.
   */
  long done() {
    return handedPosition.get();
  }

  /** Waits for every chunk to be handed over; rethrows what went wrong in a stage. */
  void finish() throws InterruptedException {
    try {
      lastSink.get();
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Stops the workers after a failure elsewhere. */
  void abort() {
    pool.shutdownNow();
  }

  private static RuntimeException failure(CompletableFuture<?> f) {
    try {
      f.join();
      return new IllegalStateException("pipeline stopped");
    } catch (java.util.concurrent.CompletionException e) {
      return unwrap(e.getCause());
    }
  }

  private static RuntimeException unwrap(Throwable t) {
    while ((t instanceof java.util.concurrent.CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
