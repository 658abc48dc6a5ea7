package dev.garbo.cli;

/** What {@code garbo check --format} can write. */
enum OutputFormat {
  text, json, jsonl
}
