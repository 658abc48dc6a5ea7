package dev.garbo.cli.score;

import java.util.List;
import java.util.TreeSet;

/** The N worst replies seen so far: memory stays the same whatever the archive size. */
final class Worst {
  private final int capacity;
  private final TreeSet<Sample> kept = new TreeSet<>(Sample.WORST_FIRST);

  Worst(int capacity) {
    this.capacity = capacity;
  }

  void offer(Sample s) {
    if (capacity <= 0) {
      return;
    }
    if (kept.size() < capacity) {
      kept.add(s);
    } else if (Sample.WORST_FIRST.compare(s, kept.last()) < 0) {
      kept.add(s);
      kept.pollLast();
    }
  }

  void merge(Worst other) {
    for (Sample s : other.kept) {
      offer(s);
    }
  }

  List<Sample> list() {
    return List.copyOf(kept);
  }
}
