package dev.garbo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same output, byte for byte, whatever the number of threads and however they are scheduled. */
class ScoreDeterminismTest {
  @TempDir Path tmp;

  @Test
  void sameOutputWithOneThreadAndMany() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // about 3 MB: a dozen chunks, so batches really do finish out of order on several threads
    BigArchive.write(in.resolve("big.jsonl"), 12_000);
    ScoreCommandTest.gzip(BigArchive.write(tmp.resolve("more.jsonl"), 4_000), in.resolve("more.jsonl.gz"));
    Files.copy(Path.of(ScoreCommandTest.ARCHIVE, "export.csv"), in.resolve("export.csv"));
    Files.copy(Path.of(ScoreCommandTest.ARCHIVE, "transcripts.txt"), in.resolve("transcripts.txt"));

    Path one = run(in, "one", "1");
    Path many = run(in, "many", "4");
    Path again = run(in, "again", "4");
    List<String> files = List.of("findings.jsonl", "summary.json", "agents.csv", "teams.csv", "languages.csv",
        "weeks.csv", "rules.csv", "rejected.csv", "report.html");
    for (String f : files) {
      assertThat(many.resolve(f)).as(f + " with 4 threads vs 1").hasSameBinaryContentAs(one.resolve(f));
      assertThat(again.resolve(f)).as(f + " run twice").hasSameBinaryContentAs(many.resolve(f));
    }
    // and the order is the input order
    List<String> ids = ScoreCommandTest.findings(one).stream().filter(l -> l.get("file").asText().endsWith("big.jsonl"))
        .map(l -> l.get("id").asText()).toList();
    assertThat(ids).hasSize(12_000);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo("conv-" + i + "-2");
    }
    assertThat(Files.readAllLines(one.resolve("rejected.csv"))).hasSize(1 + 2_400 + 800);
  }

  private Path run(Path in, String name, String threads) {
    Path out = tmp.resolve(name);
    Run r = Run.of("score", in.toString(), "--out", out.toString(), "--threads", threads);
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }
}
