package dev.garbo.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.garbo.Language;
import dev.garbo.Register;
import dev.garbo.source.MarkdownMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the editor asks for: {@code initializationOptions}, and the {@code garbo} section of {@code
 * workspace/didChangeConfiguration} (or of {@code workspace/configuration}). Everything is optional.
 *
 * <pre>{@code
 * { "language": "auto|en|it", "register": "lei|tu|voi", "grammar": true,
 *   "rules": { "no-problem": "off|on|suggestion|warning|error" },
 *   "markdown": { "replyPer": "paragraph|file" }, "text": { "replyPer": "file|paragraph" },
 *   "replyPaths": ["responses.*[*].text", "*.text"] }
 * }</pre>
 *
 * @param language the reply language, {@code null} for auto (detect per reply)
 * @param register the Italian register, {@code null} when not given
 * @param grammar grammar and spelling from LanguageTool (on unless turned off)
 * @param rules rule id as written → {@code off}, {@code on} or a severity
 * @param markdown Markdown: one reply per paragraph (default, as in the VS Code extension) or per file
 * @param plainText plain text: one reply per file (default) or per paragraph
 * @param replyPaths which YAML/JSON values are replies, {@code null} for the defaults
 * @param problems what could not be understood, in words for the user; the rest still applies
 */
record Settings(
    Language language,
    Register register,
    boolean grammar,
    Map<String, String> rules,
    MarkdownMode markdown,
    MarkdownMode plainText,
    List<String> replyPaths,
    List<String> problems) {

  static final Settings DEFAULTS =
      new Settings(null, null, true, Map.of(), MarkdownMode.PARAGRAPH, MarkdownMode.FILE, null, List.of());

  Settings {
    rules = Map.copyOf(rules);
    replyPaths = replyPaths == null ? null : List.copyOf(replyPaths);
    problems = List.copyOf(problems);
  }

  private static final Gson GSON = new Gson();
  private static final java.util.Set<String> KEYS =
      java.util.Set.of("language", "register", "grammar", "rules", "markdown", "text", "replyPaths");

  /**
   * The settings in what a client sent, or empty when it holds none of ours (eglot, for one, sends
   * an empty object on connect: that must not undo the {@code initializationOptions}).
   */
  static java.util.Optional<Settings> in(Object raw) {
    JsonElement json = raw instanceof JsonElement e ? e : raw == null ? null : GSON.toJsonTree(raw);
    JsonObject o = unwrap(json);
    if (o == null || o.keySet().stream().noneMatch(KEYS::contains)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(from(o));
  }

  /**
   * Reads settings from what LSP4J hands over (a Gson tree, or anything Gson can turn into one).
   * Accepts the settings object itself or one wrapped as {@code {"garbo": {...}}} or {@code
   * {"settings": {"garbo": {...}}}}.
   */
  static Settings from(Object raw) {
    JsonElement json = raw instanceof JsonElement e ? e : raw == null ? null : GSON.toJsonTree(raw);
    JsonObject o = unwrap(json);
    if (o == null) {
      return DEFAULTS;
    }
    List<String> problems = new ArrayList<>();
    Language language = null;
    String lang = string(o, "language");
    if (lang != null && !lang.equalsIgnoreCase("auto") && !lang.isBlank()) {
      language = Language.fromCode(lang).orElse(null);
      if (language == null) {
        problems.add("\"language\": '" + lang + "' is not one of auto, en, it; detecting the language instead");
      }
    }
    Register register = null;
    String reg = string(o, "register");
    if (reg != null && !reg.isBlank()) {
      register = Register.fromCode(reg).orElse(null);
      if (register == null) {
        problems.add("\"register\": '" + reg + "' is not one of lei, tu, voi; using lei");
      }
    }
    boolean grammar = true;
    JsonElement g = o.get("grammar");
    if (g != null && g.isJsonPrimitive()) {
      JsonPrimitive p = g.getAsJsonPrimitive();
      grammar = p.isBoolean() ? p.getAsBoolean() : !p.getAsString().equalsIgnoreCase("false");
    }
    Map<String, String> rules = new LinkedHashMap<>();
    JsonElement r = o.get("rules");
    if (r != null && r.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : r.getAsJsonObject().entrySet()) {
        if (e.getValue().isJsonPrimitive()) {
          rules.put(e.getKey(), e.getValue().getAsString());
        } else {
          problems.add("\"rules\": the value of '" + e.getKey() + "' must be one of off, on, suggestion, warning, error");
        }
      }
    }
    MarkdownMode markdown = replyPer(o, "markdown", DEFAULTS.markdown(), problems);
    MarkdownMode text = replyPer(o, "text", DEFAULTS.plainText(), problems);
    List<String> paths = null;
    JsonElement rp = o.get("replyPaths");
    if (rp != null && rp.isJsonArray()) {
      paths = new ArrayList<>();
      for (JsonElement e : (JsonArray) rp) {
        if (e.isJsonPrimitive()) {
          paths.add(e.getAsString());
        }
      }
    }
    return new Settings(language, register, grammar, rules, markdown, text, paths, problems);
  }

  private static JsonObject unwrap(JsonElement json) {
    if (json == null || !json.isJsonObject()) {
      return null;
    }
    JsonObject o = json.getAsJsonObject();
    if (o.has("settings") && o.get("settings").isJsonObject()) {
      o = o.getAsJsonObject("settings");
    }
    if (o.has("garbo") && o.get("garbo").isJsonObject()) {
      o = o.getAsJsonObject("garbo");
    }
    return o;
  }

  private static MarkdownMode replyPer(JsonObject o, String key, MarkdownMode fallback, List<String> problems) {
    JsonElement m = o.get(key);
    if (m == null || !m.isJsonObject()) {
      return fallback;
    }
    String v = string(m.getAsJsonObject(), "replyPer");
    if (v == null) {
      return fallback;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "paragraph":
        return MarkdownMode.PARAGRAPH;
      case "file":
        return MarkdownMode.FILE;
      default:
        problems.add("\"" + key + ".replyPer\": '" + v + "' is not one of paragraph, file");
        return fallback;
    }
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString().trim() : null;
  }
}
