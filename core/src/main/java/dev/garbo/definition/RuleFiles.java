package dev.garbo.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.garbo.Category;
import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.Localized;
import dev.garbo.Register;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.pattern.Pattern;
import dev.garbo.pattern.PatternCompiler;
import dev.garbo.pattern.PatternSet;
import dev.garbo.pattern.PatternSyntaxException;
import dev.garbo.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Reads rule files. A file with a mistake fails here, with the file, line and column and what was
 * expected, never later at check time.
 */
public final class RuleFiles {
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private RuleFiles() {}

  /** Reads and compiles one rule file from the class path of {@code owner}. */
  public static Rule load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DefinitionException(resource, 0, 0, "rule file not found on the class path");
      }
      return rule(parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)), owner.getClassLoader());
    } catch (IOException e) {
      throw new DefinitionException(resource, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  /** Reads and compiles a rule file's text; {@code source} names it in messages. */
  public static RuleSpec parse(String source, String yaml) {
    RuleDefinition def;
    try {
      def = YAML.readValue(yaml, RuleDefinition.class);
    } catch (JsonProcessingException e) {
      throw fromJackson(source, e, yaml);
    }
    if (def == null) {
      throw new DefinitionException(source, 1, 1, "empty rule file; expected at least 'id', 'category', 'severity', 'title', 'message', 'why'");
    }
    return compile(source, def);
  }

  /** Turns a rule spec into its rule: a {@link PhraseRule} unless the file names a Java implementation. */
  public static Rule rule(RuleSpec spec, ClassLoader loader) {
    String implementation = spec.implementation();
    if (implementation == null) {
      return new PhraseRule(spec);
    }
    try {
      Class<?> c = Class.forName(implementation, true, loader);
      Constructor<?> k = c.getConstructor(RuleSpec.class);
      return (Rule) k.newInstance(spec);
    } catch (ClassNotFoundException | NoSuchMethodException | ClassCastException e) {
      throw new DefinitionException(spec.source(), 0, 0, "implementation '" + implementation
          + "' must be a dev.garbo.rule.Rule with a public constructor taking a RuleSpec (" + e.getClass().getSimpleName() + ")");
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new DefinitionException(spec.source(), 0, 0, "implementation '" + implementation + "' failed: " + cause.getMessage());
    }
  }

  /** A Jackson error as a {@link DefinitionException} with its place and what was expected. */
  public static DefinitionException fromJacksonPublic(String source, JsonProcessingException e, String text) {
    return fromJackson(source, e, text);
  }

  /** Validates and compiles a definition read elsewhere (a rule written inline in {@code .garbo.yaml}). */
  public static RuleSpec fromDefinition(String source, RuleDefinition d) {
    return compile(source, d);
  }

  static DefinitionException fromJackson(String source, JsonProcessingException e, String text) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int col = loc == null ? 0 : loc.getColumnNr();
    String what;
    if (e instanceof UnrecognizedPropertyException u) {
      // Jackson reports where it stopped reading, which can be past the key: find the key itself
      int[] at = keyAt(text, u.getPropertyName(), line);
      if (at != null) {
        line = at[0];
        col = at[1];
      }
      Set<String> known = new TreeSet<>();
      for (Object o : u.getKnownPropertyIds()) {
        known.add(String.valueOf(o));
      }
      String near = Suggest.closest(u.getPropertyName(), known);
      what = "unknown field '" + u.getPropertyName() + "'" + (near != null ? " (did you mean '" + near + "'?)" : "")
          + "; expected one of: " + String.join(", ", known);
    } else if (e instanceof JsonMappingException m) {
      String path = pathOf(m);
      what = cleanup(m.getOriginalMessage()) + (path.isEmpty() ? "" : " (at '" + path + "')");
    } else {
      what = "not valid YAML: " + cleanup(e.getOriginalMessage());
    }
    return new DefinitionException(source, line, col, what);
  }

  /** The last line at or before {@code line} where {@code key:} is written, with its column. */
  private static int[] keyAt(String text, String key, int line) {
    if (text == null || key == null) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("^(\\s*(?:- )?)" + java.util.regex.Pattern.quote(key) + "\\s*:");
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      Matcher m = p.matcher(lines[i]);
      if (m.find()) {
        return new int[] {i + 1, m.group(1).length() + 1};
      }
    }
    return null;
  }

  private static String pathOf(JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String cleanup(String message) {
    if (message == null) {
      return "invalid value";
    }
    String m = message.replaceAll("`[a-z.]+\\.(RuleDefinition|Config|GarboConfig)\\$?", "`")
        .replaceAll("dev\\.garbo\\.[A-Za-z.]+\\$", "")
        .replaceAll("dev\\.garbo\\.[A-Za-z.]+\\.", "");
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }

  private static RuleSpec compile(String source, RuleDefinition d) {
    if (d.id() == null || !ID.matcher(d.id()).matches()) {
      throw new DefinitionException(source, 1, 1, d.id() == null ? "missing 'id'"
          : "id '" + d.id() + "' must be lower-case words joined by '-' (like 'no-problem')");
    }
    Category category = d.category() == null ? Category.CUSTOM : Category.fromCode(d.category()).orElseThrow(() ->
        new DefinitionException(source, 0, 0, "unknown category '" + d.category() + "'; expected one of: " + codes(Category.values())));
    Severity severity = d.severity() == null ? Severity.WARNING : severity(source, d.severity());
    Localized title = text(source, "title", d.title());
    Localized message = d.message() == null ? title : text(source, "message", d.message());
    Localized why = text(source, "why", d.why());
    Map<Language, CompiledBlock> blocks = new EnumMap<>(Language.class);
    List<Example> examples = new ArrayList<>();
    EnumSet<Language> languages = EnumSet.noneOf(Language.class);
    for (Language lang : Language.values()) {
      RuleDefinition.LanguageBlock b = lang == Language.EN ? d.en() : d.it();
      if (b == null) {
        continue;
      }
      languages.add(lang);
      blocks.put(lang, block(source, lang, b, severity));
      examples.addAll(examples(source, lang, b.examples()));
    }
    if (languages.isEmpty()) {
      throw new DefinitionException(source, 0, 0, "rule '" + d.id() + "' covers no language; add an 'en:' or 'it:' section");
    }
    RuleInfo info = new RuleInfo(d.id(), category, severity, languages, title, message, why, d.aliases(), d.since());
    return new RuleSpec(source, info, List.copyOf(examples), Map.copyOf(blocks), d.implementation());
  }

  private static String codes(Enum<?>[] values) {
    StringBuilder b = new StringBuilder();
    for (Enum<?> v : values) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(v.name().toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }

  private static Severity severity(String source, String s) {
    return Severity.fromCode(s).orElseThrow(() -> new DefinitionException(source, 0, 0,
        "unknown severity '" + s + "'; expected one of: " + codes(Severity.values())));
  }

  private static Localized text(String source, String field, RuleDefinition.Text t) {
    if (t == null || t.en() == null || t.it() == null || t.en().isBlank() || t.it().isBlank()) {
      throw new DefinitionException(source, 0, 0, "'" + field + "' needs both 'en' and 'it' texts");
    }
    return new Localized(t.en().trim(), t.it().trim());
  }

  private static CompiledBlock block(String source, Language lang, RuleDefinition.LanguageBlock b, Severity ruleSeverity) {
    List<PatternSet.Entry<CompiledBlock.Trigger>> triggers = new ArrayList<>();
    if (b.patterns() != null) {
      for (RuleDefinition.PatternDef p : b.patterns()) {
        if (p.pattern() == null) {
          throw new DefinitionException(source, 0, 0, "a pattern entry needs 'pattern'");
        }
        List<Suggestion> suggestions = new ArrayList<>();
        if (p.suggest() != null) {
          for (RuleDefinition.SuggestionDef s : p.suggest()) {
            if (s.text() == null && s.lei() == null && s.tu() == null && s.voi() == null) {
              throw new DefinitionException(source, p.pattern().line(), p.pattern().column(), "empty suggestion");
            }
            suggestions.add(new Suggestion(s.text(), s.lei(), s.tu(), s.voi()));
          }
        }
        Severity sev = p.severity() == null ? ruleSeverity : severity(source, p.severity());
        Localized msg = p.message() == null ? null : text(source, "message", p.message());
        triggers.add(new PatternSet.Entry<>(compile(source, p.pattern()),
            new CompiledBlock.Trigger(List.copyOf(suggestions), sev, set(source, p.after()), msg)));
      }
    }
    Map<String, PatternSet<Void>> sets = new LinkedHashMap<>();
    if (b.sets() != null) {
      b.sets().forEach((name, list) -> sets.put(name, set(source, list)));
    }
    Severity escalateTo = null;
    PatternSet<Void> escalateAfter = set(source, null);
    if (b.escalate() != null) {
      escalateTo = severity(source, b.escalate().severity() == null ? "error" : b.escalate().severity());
      escalateAfter = set(source, b.escalate().after());
    }
    return new CompiledBlock(new PatternSet<>(triggers), set(source, b.unless()), set(source, b.unlessSentence()),
        set(source, b.unlessReply()), escalateAfter, escalateTo, Map.copyOf(sets));
  }

  private static PatternSet<Void> set(String source, List<Located> patterns) {
    List<Pattern> out = new ArrayList<>();
    if (patterns != null) {
      for (Located l : patterns) {
        out.add(compile(source, l));
      }
    }
    return PatternSet.of(out);
  }

  private static Pattern compile(String source, Located l) {
    try {
      return PatternCompiler.compile(l.value());
    } catch (PatternSyntaxException e) {
      throw new DefinitionException(source, l.line(), l.column(), e.getMessage());
    }
  }

  private static List<Example> examples(String source, Language lang, RuleDefinition.Examples ex) {
    List<Example> out = new ArrayList<>();
    if (ex == null) {
      return out;
    }
    try {
      if (ex.fire() != null) {
        for (RuleDefinition.FiringExample f : ex.fire()) {
          out.add(Example.firing(lang, f.text(), f.suggest(), f.context(), register(source, f.register()), f.note()));
        }
      }
      if (ex.silent() != null) {
        for (RuleDefinition.SilentExample s : ex.silent()) {
          out.add(Example.silent(lang, s.text(), s.context(), register(source, s.register()), s.note()));
        }
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DefinitionException(source, 0, 0, "bad example in '" + lang.code() + "': " + e.getMessage());
    }
    return out;
  }

  private static Register register(String source, String r) {
    if (r == null) {
      return null;
    }
    return Register.fromCode(r).orElseThrow(() -> new DefinitionException(source, 0, 0,
        "unknown register '" + r + "'; expected one of: lei, tu, voi"));
  }
}
