package dev.garbo.cli.score;

import dev.garbo.Language;
import java.time.Instant;

/**
 * One turn of a conversation, as read from an export.
 *
 * @param file the file it came from
 * @param line the line it starts on (1-based)
 * @param conversation the conversation it belongs to, unique within its file
 * @param role who wrote it
 * @param text what they wrote
 * @param id the export's id for the turn, or {@code null}
 * @param agent the agent's name or id, or {@code null}
 * @param team the agent's team, or {@code null}
 * @param time when it was written, or {@code null}
 * @param language the language the export says it is in, or {@code null}
 */
public record Turn(
    InputFile file,
    long line,
    String conversation,
    Role role,
    String text,
    String id,
    String agent,
    String team,
    Instant time,
    Language language) implements Parsed {}
