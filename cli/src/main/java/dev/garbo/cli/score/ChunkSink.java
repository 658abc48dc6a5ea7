package dev.garbo.cli.score;

/** Where readers hand their chunks; blocks while the pipeline is full, which keeps memory bounded. */
@FunctionalInterface
interface ChunkSink {
  void accept(Chunk chunk) throws InterruptedException;
}
