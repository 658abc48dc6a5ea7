package dev.garbo.cli.score;

import java.util.List;

/**
 * A batch after checking.
 *
 * @param lines its {@code findings.jsonl} lines, in input order, or {@code null} when not wanted
 * @param scored agent turns checked
 * @param failed agent turns the checker failed on: reported and counted as rejected, never fatal
 */
record ScoredBatch(Batch batch, byte[] lines, Tally tally, long scored, List<Rejected> failed) {}
