package dev.garbo.rule;

import java.util.List;

/**
 * A set of rules shipped as a jar and found through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/dev.garbo.rule.RulePack}.
 */
public interface RulePack {

  /** A short name for messages ("garbo-core", "acme-style"). */
  String name();

  /** The pack's rules; called once per checker build. */
  List<Rule> rules();
}
