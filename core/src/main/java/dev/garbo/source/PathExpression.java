package dev.garbo.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A path pattern over YAML/JSON documents: {@code responses.*[*].text}. Segments are separated by
 * dots; a segment is a key ({@code responses}), {@code *} (any key) or nothing, followed by any
 * number of {@code [*]} (any array element) or {@code [n]} (element n); {@code **} matches any
 * number of levels, keys or elements. Keys containing dots or brackets cannot be written.
 *
 * <p>Concrete paths are lists of {@code String} keys and {@code Integer} indices.
 */
final class PathExpression {
  private enum Kind { KEY, ANY_KEY, INDEX, ANY_INDEX, ANY_DEPTH }

  private record Step(Kind kind, String key, int index) {}

  private final List<Step> steps;

  private PathExpression(List<Step> steps) {
    this.steps = steps;
  }

  static PathExpression parse(String expression) {
    List<Step> steps = new ArrayList<>();
    for (String segment : expression.split("\\.", -1)) {
      if (segment.equals("**")) {
        steps.add(new Step(Kind.ANY_DEPTH, null, 0));
        continue;
      }
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      if (name.equals("*")) {
        steps.add(new Step(Kind.ANY_KEY, null, 0));
      } else if (!name.isEmpty()) {
        steps.add(new Step(Kind.KEY, name, 0));
      } else if (bracket < 0) {
        throw new IllegalArgumentException("empty segment in path expression '" + expression + "'");
      }
      for (int i = bracket; i >= 0 && i < segment.length(); ) {
        int close = segment.indexOf(']', i);
        if (segment.charAt(i) != '[' || close < 0) {
          throw new IllegalArgumentException("expected [*] or [n] in path expression '" + expression + "'");
        }
        String inside = segment.substring(i + 1, close);
        if (inside.equals("*")) {
          steps.add(new Step(Kind.ANY_INDEX, null, 0));
        } else if (inside.matches("\\d+")) {
          steps.add(new Step(Kind.INDEX, null, Integer.parseInt(inside)));
        } else {
          throw new IllegalArgumentException("bad index [" + inside + "] in path expression '" + expression + "'");
        }
        i = close + 1;
      }
    }
    return new PathExpression(List.copyOf(steps));
  }

  boolean matches(List<Object> path) {
    return matches(0, path, 0);
  }

  private boolean matches(int step, List<Object> path, int at) {
    if (step == steps.size()) {
      return at == path.size();
    }
    Step s = steps.get(step);
    if (s.kind == Kind.ANY_DEPTH) {
      for (int skip = at; skip <= path.size(); skip++) {
        if (matches(step + 1, path, skip)) {
          return true;
        }
      }
      return false;
    }
    if (at == path.size()) {
      return false;
    }
    Object p = path.get(at);
    boolean ok =
        switch (s.kind) {
          case KEY -> s.key.equals(p);
          case ANY_KEY -> p instanceof String;
          case INDEX -> p instanceof Integer i && i == s.index;
          case ANY_INDEX -> p instanceof Integer;
          case ANY_DEPTH -> throw new AssertionError();
        };
    return ok && matches(step + 1, path, at + 1);
  }

  /** {@code responses.utter_greet[0].text}. */
  static String render(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
