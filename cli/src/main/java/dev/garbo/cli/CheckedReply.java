package dev.garbo.cli;

import dev.garbo.CheckResult;
import dev.garbo.Finding;
import java.util.List;

/**
 * One checked reply with where it came from. For replies extracted from a file (a bundle, a bot
 * definition, a template) the findings' line and column are in that file; start and end stay
 * offsets in the reply's text, where the suggestions apply.
 *
 * @param id the file path, "path#key" for one reply among many in a file, "-" for standard input,
 *     "text" for --text
 * @param file the file, or {@code null}
 * @param key the reply's key in its file (a property, a JSON path), or {@code null}
 */
public record CheckedReply(String id, String file, String key, CheckResult result, List<Finding> findings) {}
