package dev.garbo.bench;

import dev.garbo.CheckResult;
import dev.garbo.Checker;
import dev.garbo.Garbo;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The coaching rules on the standard corpus, one thread: throughput over all 20,000 replies with
 * language detection (as {@code garbo check} runs), and the latency of one check of a ~300-char
 * draft (as an editor runs it on every keystroke).
 *
 * <pre>
 * ./mvnw -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar -p corpus=../shared/bench/replies.tsv
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class CheckBenchmark {
  /** Path of replies.tsv; empty means ../shared/bench/replies.tsv. */
  @Param("")
  public String corpus;

  static final String DRAFT = "Hi Anna, thanks for your message about order A12-553. No problem, I have checked with "
      + "the warehouse and unfortunately we can't change the address once the parcel has left, that's company "
      + "policy. Is there anything else I can help you with?";

  private Checker checker;
  private String[] replies;

  @Setup(Level.Trial)
  public void setUp() {
    checker = Garbo.checker();
    replies = Corpus.load(corpus).replies().toArray(String[]::new);
  }

  /** Every reply of the corpus, language detected per reply; score = replies/s. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(20_000)
  public void corpusThroughput(Blackhole bh) {
    String[] r = replies;
    for (int i = 0; i < r.length; i++) {
      bh.consume(checker.check(r[i]));
    }
  }

  /** One check of a ~300-character draft: see the p0.99 line of the sample-time histogram. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CheckResult draftLatency() {
    return checker.check(DRAFT);
  }
}
