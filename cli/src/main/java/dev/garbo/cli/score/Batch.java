package dev.garbo.cli.score;

import java.util.List;

/**
 * One chunk after linking: the agent turns to check, with their context, and what else the chunk
 * held.
 *
 * @param read records in the chunk (turns and rejected records; blank lines are not records)
 * @param skipped customer turns: read, used as context, not scored
 */
record Batch(List<Job> jobs, long read, long skipped, List<Rejected> rejected, List<Unreadable> unreadable) {}
