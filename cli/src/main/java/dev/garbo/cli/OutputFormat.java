package dev.garbo.cli;

/** What {@code garbo check --format} can write; the last three are for CI systems to show natively. */
enum OutputFormat {
  text, json, jsonl, sarif, checkstyle, junit
}
