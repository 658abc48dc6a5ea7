package dev.garbo.cli.score;

/**
 * An agent turn ready to check.
 *
 * @param turn the agent's turn
 * @param context the customer's last turn before it in the same conversation, or {@code null}
 * @param seq its place among all agent turns of the run (0-based): the tie-breaker that keeps every
 *     ranking the same whatever the thread timing
 */
public record Job(Turn turn, String context, long seq) {}
