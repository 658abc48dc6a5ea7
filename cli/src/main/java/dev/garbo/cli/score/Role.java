package dev.garbo.cli.score;

/** Who wrote a turn. Only agent turns are scored; customer turns are their context. */
public enum Role {
  AGENT,
  CUSTOMER
}
