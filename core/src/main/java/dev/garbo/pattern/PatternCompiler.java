package dev.garbo.pattern;

import dev.garbo.analysis.Folding;
import dev.garbo.analysis.Token;
import dev.garbo.analysis.TokenKind;
import dev.garbo.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles the token-pattern language rule files are written in.
 *
 * <pre>
 *   no problem            two words, compared case- and accent-folded ("No", "NO" and "nò" all match "no")
 *   problem|prob|np       alternatives
 *   (that is|that's)      alternatives that are phrases
 *   can't                 written as the writer would: it matches "can't", "cannot", "can not", "can’t"
 *   &#64;potere              any form of a lemma ("possiamo", "può", "potrà")
 *   #VB.*                 part of speech (a RE2/J regular expression over the dictionary tag)
 *   &#64;fare#VER:inf.*      lemma and part of speech together
 *   %number %url %code    token kinds (also %email %handle %placeholder %symbol %punct %word)
 *   really?               optional element
 *   !but                  any one token except this
 *   _   _{0,3}            any one token; a gap of 0 to 3 tokens (never across a sentence end)
 *   ^   $                 clause start / clause end (no word before / after within the sentence)
 *   &lt; &gt;                   the span to report, when it is narrower than the match
 * </pre>
 */
public final class PatternCompiler {
  private static final int MAX_EXPANSIONS = 64;

  /** What the tokenizer folds each English contraction to. */
  private static final java.util.Map<String, String> CONTRACTIONS = java.util.Map.of(
      "'s", "'s", "'re", "are", "'ve", "have", "'ll", "will", "'d", "'d", "'m", "am", "n't", "not");

  private PatternCompiler() {}

  public static Pattern compile(String source) {
    String src = source == null ? "" : source.trim();
    if (src.isEmpty()) {
      throw new PatternSyntaxException("empty pattern");
    }
    List<String> elements = split(src);
    List<List<List<Pattern.Step>>> choicesPerElement = new ArrayList<>();
    int group = 0;
    boolean pendingMark = false;
    boolean sawMarkStart = false;
    boolean sawMarkEnd = false;
    for (String raw : elements) {
      if (raw.equals("<")) {
        if (sawMarkStart) {
          throw new PatternSyntaxException("'<' appears twice in: " + src);
        }
        pendingMark = true;
        sawMarkStart = true;
        continue;
      }
      if (raw.equals(">")) {
        if (choicesPerElement.isEmpty() || sawMarkEnd) {
          throw new PatternSyntaxException("'>' must follow an element and appear once, in: " + src);
        }
        markEnd(choicesPerElement.get(choicesPerElement.size() - 1));
        sawMarkEnd = true;
        continue;
      }
      if (raw.equals("^") || raw.equals("$")) {
        Pattern.Anchor a = raw.equals("^") ? Pattern.Anchor.CLAUSE_START : Pattern.Anchor.CLAUSE_END;
        Pattern.Step s = new Pattern.Step(anyTest(), 0, 0, group, false, false, a);
        choicesPerElement.add(List.of(List.of(s)));
        group++;
        continue;
      }
      List<List<Pattern.Step>> choices = element(raw, group, src);
      if (pendingMark) {
        for (List<Pattern.Step> c : choices) {
          if (!c.isEmpty()) {
            Pattern.Step f = c.get(0);
            c.set(0, new Pattern.Step(f.test(), f.min(), f.max(), f.group(), true, f.markEnd(), f.anchor()));
          }
        }
        pendingMark = false;
      }
      choicesPerElement.add(choices);
      group++;
    }
    if (pendingMark) {
      throw new PatternSyntaxException("'<' must be followed by an element, in: " + src);
    }
    if (sawMarkStart != sawMarkEnd) {
      throw new PatternSyntaxException("'<' and '>' go together, in: " + src);
    }
    List<List<Pattern.Step>> expansions = new ArrayList<>();
    expansions.add(new ArrayList<>());
    for (List<List<Pattern.Step>> choices : choicesPerElement) {
      List<List<Pattern.Step>> next = new ArrayList<>();
      for (List<Pattern.Step> prefix : expansions) {
        for (List<Pattern.Step> c : choices) {
          List<Pattern.Step> p = new ArrayList<>(prefix);
          p.addAll(c);
          next.add(p);
        }
      }
      if (next.size() > MAX_EXPANSIONS) {
        throw new PatternSyntaxException("too many phrase alternatives (more than " + MAX_EXPANSIONS
            + " combinations); split it into several patterns: " + src);
      }
      expansions = next;
    }
    for (List<Pattern.Step> steps : expansions) {
      boolean consumes = steps.stream().anyMatch(s -> s.anchor() == Pattern.Anchor.NONE && s.min() > 0);
      if (!consumes) {
        throw new PatternSyntaxException("a pattern must require at least one token (everything here is optional): " + src);
      }
      if (steps.get(0).anchor() == Pattern.Anchor.NONE && steps.get(0).min() == 0 && steps.get(0).test().any()) {
        throw new PatternSyntaxException("a pattern cannot start with an optional gap: " + src);
      }
    }
    return new Pattern(src, expansions, group);
  }

  private static void markEnd(List<List<Pattern.Step>> choices) {
    for (List<Pattern.Step> c : choices) {
      if (!c.isEmpty()) {
        int last = c.size() - 1;
        Pattern.Step f = c.get(last);
        c.set(last, new Pattern.Step(f.test(), f.min(), f.max(), f.group(), f.markStart(), true, f.anchor()));
      }
    }
  }

  /** The choices for one source element: each a list of steps (an empty list when optional). */
  private static List<List<Pattern.Step>> element(String raw, int group, String src) {
    String e = raw;
    boolean optional = false;
    if (e.length() > 1 && e.endsWith("?")) {
      optional = true;
      e = e.substring(0, e.length() - 1);
    }
    if (e.equals("_") || e.startsWith("_{")) {
      int min = 1;
      int max = 1;
      if (e.startsWith("_{")) {
        if (!e.endsWith("}")) {
          throw new PatternSyntaxException("expected _{min,max} but found '" + raw + "' in: " + src);
        }
        String[] mm = e.substring(2, e.length() - 1).split(",", -1);
        try {
          min = Integer.parseInt(mm[0].trim());
          max = mm.length > 1 ? Integer.parseInt(mm[1].trim()) : min;
        } catch (NumberFormatException ex) {
          throw new PatternSyntaxException("expected _{min,max} with numbers but found '" + raw + "' in: " + src);
        }
        if (min < 0 || max < min || max > 10) {
          throw new PatternSyntaxException("a gap is _{min,max} with 0 <= min <= max <= 10, not '" + raw + "', in: " + src);
        }
      }
      List<List<Pattern.Step>> one = new ArrayList<>();
      one.add(new ArrayList<>(List.of(new Pattern.Step(anyTest(), optional ? 0 : min, max, group, false, false, Pattern.Anchor.NONE))));
      return one;
    }
    boolean negated = false;
    if (e.length() > 1 && e.startsWith("!")) {
      negated = true;
      e = e.substring(1);
    }
    List<String> alternatives;
    if (e.startsWith("(")) {
      if (!e.endsWith(")")) {
        throw new PatternSyntaxException("unclosed '(' in '" + raw + "' in: " + src);
      }
      alternatives = splitAlternatives(e.substring(1, e.length() - 1));
    } else {
      alternatives = splitAlternatives(e);
    }
    Set<String> forms = new HashSet<>();
    List<TokenTest.LemmaTest> lemmas = new ArrayList<>();
    Set<TokenKind> kinds = new HashSet<>();
    List<List<TokenTest>> phrases = new ArrayList<>();
    for (String alt : alternatives) {
      List<TokenTest> seq = new ArrayList<>();
      for (String atom : alt.trim().split("\\s+")) {
        seq.addAll(atom(atom, src));
      }
      if (seq.size() == 1) {
        TokenTest t = seq.get(0);
        forms.addAll(t.forms());
        lemmas.addAll(t.lemmas());
        kinds.addAll(t.kinds());
      } else {
        phrases.add(seq);
      }
    }
    if (negated && !phrases.isEmpty()) {
      throw new PatternSyntaxException("'!' negates one word; '" + raw + "' has phrase alternatives, in: " + src);
    }
    List<List<Pattern.Step>> choices = new ArrayList<>();
    if (!forms.isEmpty() || !lemmas.isEmpty() || !kinds.isEmpty()) {
      TokenTest single = new TokenTest(Set.copyOf(forms), List.copyOf(lemmas), Set.copyOf(kinds), false, negated);
      int min = optional && phrases.isEmpty() ? 0 : 1;
      choices.add(new ArrayList<>(List.of(new Pattern.Step(single, min, 1, group, false, false, Pattern.Anchor.NONE))));
    }
    for (List<TokenTest> seq : phrases) {
      List<Pattern.Step> steps = new ArrayList<>();
      for (TokenTest t : seq) {
        steps.add(new Pattern.Step(t, 1, 1, group, false, false, Pattern.Anchor.NONE));
      }
      choices.add(steps);
    }
    if (optional && !phrases.isEmpty()) {
      choices.add(new ArrayList<>());
    }
    return choices;
  }

  /** One atom; a literal may yield several tokens ("that's" is that + 's). */
  private static List<TokenTest> atom(String atom, String src) {
    if (atom.isEmpty()) {
      throw new PatternSyntaxException("empty alternative (two '|' in a row?) in: " + src);
    }
    if (atom.length() > 1 && atom.startsWith("%")) {
      String k = atom.substring(1).toUpperCase(Locale.ROOT);
      try {
        return List.of(new TokenTest(Set.of(), List.of(), Set.of(TokenKind.valueOf(k)), false, false));
      } catch (IllegalArgumentException ex) {
        throw new PatternSyntaxException("unknown token kind '" + atom + "'; expected one of %word %number %punct "
            + "%symbol %url %email %handle %placeholder %code, in: " + src);
      }
    }
    if (atom.length() > 1 && (atom.startsWith("@") || atom.startsWith("#"))) {
      String lemma = null;
      String tag = null;
      if (atom.startsWith("@")) {
        int hash = atom.indexOf('#');
        lemma = Folding.fold(hash < 0 ? atom.substring(1) : atom.substring(1, hash));
        tag = hash < 0 ? null : atom.substring(hash + 1);
        if (lemma.isEmpty()) {
          throw new PatternSyntaxException("'@' must be followed by a lemma in '" + atom + "' in: " + src);
        }
      } else {
        tag = atom.substring(1);
      }
      com.google.re2j.Pattern tagPattern = null;
      if (tag != null) {
        try {
          tagPattern = com.google.re2j.Pattern.compile(tag);
        } catch (com.google.re2j.PatternSyntaxException ex) {
          throw new PatternSyntaxException("bad part-of-speech expression '" + tag + "': " + ex.getDescription() + ", in: " + src);
        }
      }
      return List.of(new TokenTest(Set.of(), List.of(new TokenTest.LemmaTest(lemma, tagPattern)), Set.of(), false, false));
    }
    String contraction = CONTRACTIONS.get(Folding.fold(atom));
    if (contraction != null) {
      // a contraction on its own ("'s", "n't") is one token in text, so one element here
      return List.of(new TokenTest(Set.of(contraction), List.of(), Set.of(), false, false));
    }
    List<Token> tokens = Tokenizer.tokenize(atom);
    List<TokenTest> out = new ArrayList<>();
    for (Token t : tokens) {
      out.add(new TokenTest(Set.of(t.folded()), List.of(), Set.of(), false, false));
    }
    if (out.isEmpty()) {
      throw new PatternSyntaxException("nothing to match in '" + atom + "' in: " + src);
    }
    return out;
  }

  private static TokenTest anyTest() {
    return new TokenTest(Set.of(), List.of(), Set.of(), true, false);
  }

  /** Splits on whitespace, keeping parenthesised groups whole. */
  private static List<String> split(String src) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '(' && cur.toString().matches("[<!]*")) {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == '{' && cur.toString().equals("_")) {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (Character.isWhitespace(c) && depth == 0) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (depth != 0) {
      throw new PatternSyntaxException("unbalanced '(' or '{' in: " + src);
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    // marks may be written attached: "<no problem>"
    List<String> marked = new ArrayList<>(out.size() + 2);
    for (String e : out) {
      boolean open = e.length() > 1 && e.startsWith("<");
      boolean close = e.length() > 1 && e.endsWith(">") && !(open && e.length() == 2);
      String core = e.substring(open ? 1 : 0, close ? e.length() - 1 : e.length());
      if (open) {
        marked.add("<");
      }
      if (!core.isEmpty()) {
        marked.add(core);
      }
      if (close) {
        marked.add(">");
      }
    }
    return marked;
  }

  private static List<String> splitAlternatives(String s) {
    List<String> out = new ArrayList<>();
    if (s.equals("|")) {
      out.add("|");
      return out;
    }
    for (String a : s.split("\\|", -1)) {
      out.add(a);
    }
    return out;
  }
}
