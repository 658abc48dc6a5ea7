package dev.garbo.lsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.garbo.config.ConfigLoader;
import dev.garbo.config.GarboConfig;
import dev.garbo.definition.DefinitionException;
import dev.garbo.definition.Located;
import dev.garbo.definition.Suggest;
import dev.garbo.source.SourceOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.eclipse.lsp4j.MessageType;

/**
 * The configuration the server checks with, and the checkers built from it.
 *
 * <p>Two sources: the team's {@code .garbo.yaml} (found from the workspace root, as the CLI finds it
 * from the working directory; while it is open in the editor, its unsaved text) and the editor's
 * settings. The file wins for {@code language}, {@code register} and {@code grammar} when it sets
 * them, since editors send their defaults whether or not the user chose them; the editor's
 * per-rule settings apply on top of the file's, as the user's own view.
 *
 * <p>A configuration that cannot be used never stops the server: the last good one (or the
 * defaults) stays in force, the problem is shown once with its file and line, and is a diagnostic
 * on the file while it is open.
 */
final class Configuration {
  /** Why the configuration is read again; a live edit of the open file shows errors as diagnostics only. */
  enum Trigger { START, SETTINGS, DISK, EDIT }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** When grammar and spelling start if no document has been checked by then. */
  private static final long GRAMMAR_AFTER_MS = 3000;

  private final ClientMessages messages;
  private final ExecutorService loading;
  private final ExecutorService background;
  private final ClassLoader loader = Configuration.class.getClassLoader();
  private final CompletableFuture<Checkers> first = new CompletableFuture<>();
  private final Map<Path, String> openBuffers = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> firstCheck = new CompletableFuture<Void>()
      .completeOnTimeout(null, GRAMMAR_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);

  private volatile Path root;
  private volatile Settings settings = Settings.DEFAULTS;
  private volatile Checkers current;
  private volatile ConfigProblem problem;
  private Consumer<Checkers> onChange = c -> { };
  private Consumer<ConfigProblem> onProblem = p -> { };

  // owned by the loading thread
  private Parsed lastGood;
  private Inputs lastInputs;
  private long lastLoad;

  /** What a configuration is made from; the same inputs make the same checkers. */
  private record Inputs(ConfigFile file, Settings settings) {}

  /** A {@code .garbo.yaml} as parsed, with the top-level keys it sets. */
  private record Parsed(GarboConfig config, Set<String> keys) {}

  /**
   * A configuration file that cannot be used: where, and what is wrong.
   *
   * @param file the file at fault ({@code .garbo.yaml} or a rule file it names)
   * @param line 1-based, 0 when unknown
   * @param column 1-based, 0 when unknown
   */
  record ConfigProblem(Path file, int line, int column, String problem, String message) {}

  /** What a configuration edit needs: where {@code .garbo.yaml} is (or would be) and its text, null if it does not exist. */
  record ConfigFile(Path path, String text) {}

  Configuration(ClientMessages messages, ExecutorService loading, ExecutorService background) {
    this.messages = messages;
    this.loading = loading;
    this.background = background;
  }

  /** Called on the loading thread with the new checkers, after every successful reload. */
  void onChange(Consumer<Checkers> listener) {
    this.onChange = listener;
  }

  /** Called on the loading thread when the configuration problem changes (null: solved). */
  void onProblem(Consumer<ConfigProblem> listener) {
    this.onProblem = listener;
  }

  void setRoot(Path root) {
    this.root = root;
  }

  /** The workspace root: from the editor, else the folder of the first document opened. */
  Path root() {
    return root;
  }

  /** Without a workspace, the folder of the first document opened is the root; reads its configuration. */
  void useFolderOf(Path document) {
    if (root == null && document != null && document.getParent() != null) {
      root = document.getParent();
      reload(Trigger.DISK);
    }
  }

  void setSettings(Settings s) {
    this.settings = s;
  }

  /** The checkers in force; the first time, completes when they are built. */
  CompletableFuture<Checkers> checkers() {
    Checkers c = current;
    return c != null ? CompletableFuture.completedFuture(c) : first;
  }

  /** The first document has been checked (with the coaching rules): grammar and spelling may start. */
  void firstCheckDone() {
    firstCheck.complete(null);
  }

  ConfigProblem problem() {
    return problem;
  }

  /** Reads the configuration again in the background. */
  CompletableFuture<Void> reload(Trigger trigger) {
    return CompletableFuture.runAsync(() -> {
      try {
        load(trigger);
      } catch (RuntimeException | Error e) {
        messages.log("garbo could not load its configuration", e);
        if (!first.isDone()) {
          first.completeExceptionally(e);
        }
      }
    }, loading);
  }

  /** The {@code .garbo.yaml} in force, or where a new one would go (the workspace root). */
  ConfigFile configFile() {
    Optional<Path> found = root == null ? Optional.empty() : ConfigLoader.find(root);
    if (found.isEmpty()) {
      return new ConfigFile(root == null ? null : root.resolve(ConfigLoader.FILE_NAME), null);
    }
    Path p = found.get();
    String buffer = openBuffers.get(key(p));
    if (buffer != null) {
      return new ConfigFile(p, buffer);
    }
    try {
      return new ConfigFile(p, Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new ConfigFile(p, null);
    }
  }

  /** The editor opened or changed a {@code .garbo.yaml}: its text is the configuration until it is closed. */
  void bufferChanged(Path file, String text) {
    openBuffers.put(key(file), text);
  }

  void bufferClosed(Path file) {
    openBuffers.remove(key(file));
  }

  static boolean isConfigFile(Path p) {
    return p != null && p.getFileName() != null && p.getFileName().toString().equals(ConfigLoader.FILE_NAME);
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private void load(Trigger trigger) {
    Settings s = settings;
    ConfigFile file = configFile();
    Inputs inputs = new Inputs(file, s);
    long now = System.nanoTime();
    if (inputs.equals(lastInputs) && current != null && (trigger != Trigger.DISK || now - lastLoad < 1_000_000_000L)) {
      // what is already in force; a save reads again (a rule file it names may have changed), unless
      // it is the same save reported twice (VS Code's watcher and ours)
      return;
    }
    lastInputs = inputs;
    lastLoad = now;
    ConfigProblem found = null;
    Parsed parsed;
    try {
      parsed = parse(file);
    } catch (DefinitionException e) {
      found = problem(e);
      parsed = lastGood != null ? lastGood : new Parsed(GarboConfig.defaults(), Set.of());
    }
    Checkers built;
    try {
      built = build(parsed, s);
      if (found == null) {
        lastGood = parsed;
      }
    } catch (DefinitionException e) {
      // the file parses but names an unknown rule or has a bad pattern: same treatment as a parse error
      found = problem(e);
      Parsed fallback = lastGood != null && lastGood != parsed ? lastGood : new Parsed(GarboConfig.defaults(), Set.of());
      try {
        built = build(fallback, s);
      } catch (DefinitionException again) {
        built = build(new Parsed(GarboConfig.defaults(), Set.of()), s);
      }
    }
    report(found, trigger, built);
    messages.log(MessageType.Info, "configuration: " + (file.path() != null && (file.text() != null || Files.exists(file.path()))
        ? file.path() : "defaults") + (found != null ? " (not usable, see above)" : "") + "; grammar and spelling "
        + (built.config().grammar() ? "on" : "off") + "; " + built.catalog().ids().size() + " rules known");
    current = built;
    first.complete(built);
    Checkers c = built;
    // LanguageTool starts once the first diagnostics are out (or a few seconds in, if no document is
    // open), so that on a small machine it does not compete with them
    firstCheck.thenRun(() -> c.startGrammar(background, () -> current == c));
    if (c.grammarReady() != null) {
      c.grammarReady().whenComplete((checker, error) -> {
        if (error instanceof java.util.concurrent.CompletionException && error.getCause() instanceof java.util.concurrent.CancellationException) {
          return; // replaced before it was needed
        }
        if (error != null) {
          messages.log("grammar and spelling could not be started; coaching goes on without them", error);
          messages.showOnce("grammar-failed", MessageType.Warning,
              "garbo: grammar and spelling are off, LanguageTool could not start (" + rootCause(error)
                  + "). The coaching rules still work. Details in the garbo log.");
        } else if (current == c) {
          messages.log(MessageType.Info, "grammar and spelling are ready");
          onChange.accept(c);
        }
      });
    }
    onChange.accept(built);
  }

  private Parsed parse(ConfigFile file) {
    if (file.path() == null || (file.text() == null && !Files.exists(file.path()))) {
      return new Parsed(GarboConfig.defaults(), Set.of());
    }
    if (file.text() == null) {
      return new Parsed(ConfigLoader.load(file.path()), Set.of()); // unreadable: load says why, with the file
    }
    GarboConfig config = ConfigLoader.parse(file.path().toString(), file.text(), file.path().toAbsolutePath().getParent());
    Set<String> keys = new HashSet<>();
    try {
      JsonNode tree = YAML.readTree(file.text());
      if (tree != null) {
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
          keys.add(it.next());
        }
      }
    } catch (IOException e) {
      // ConfigLoader.parse accepted it, so this does not happen; without keys the editor's settings apply
    }
    return new Parsed(config, Set.copyOf(keys));
  }

  private Checkers build(Parsed parsed, Settings s) {
    RuleCatalog catalog = RuleCatalog.of(parsed.config(), loader);
    GarboConfig c = parsed.config();
    if (!parsed.keys().contains("language")) {
      c = c.withLanguage(s.language());
    }
    if (!parsed.keys().contains("register") && s.register() != null) {
      c = c.withRegister(s.register());
    }
    if (!parsed.keys().contains("grammar")) {
      c = c.withGrammar(s.grammar());
    }
    c = c.withRules(rules(c, s, catalog));
    SourceOptions sources = SourceOptions.defaults().withMarkdown(s.markdown()).withPlainText(s.plainText());
    if (s.replyPaths() != null) {
      try {
        sources = sources.withReplyPaths(s.replyPaths());
      } catch (IllegalArgumentException e) {
        messages.showOnce("setting:replyPaths:" + e.getMessage(), MessageType.Warning,
            "garbo: setting \"replyPaths\": " + e.getMessage() + "; using the default reply paths");
      }
    }
    for (String p : s.problems()) {
      messages.showOnce("setting:" + p, MessageType.Warning, "garbo: setting " + p);
    }
    return Checkers.build(c, sources, loader);
  }

  /** The file's rule settings with the editor's on top; unknown ids in the editor's settings are reported and skipped. */
  private Map<Located, GarboConfig.RuleSetting> rules(GarboConfig c, Settings s, RuleCatalog catalog) {
    Map<Located, GarboConfig.RuleSetting> merged = new LinkedHashMap<>(c.rules());
    for (Map.Entry<String, String> e : s.rules().entrySet()) {
      String id = catalog.canonical(e.getKey());
      if (id == null) {
        String near = Suggest.closest(e.getKey(), catalog.ids());
        messages.showOnce("setting:rule:" + e.getKey(), MessageType.Warning, "garbo: setting \"rules\": unknown rule '"
            + e.getKey() + "'" + (near != null ? "; did you mean '" + near + "'?" : "") + " It is ignored.");
        continue;
      }
      GarboConfig.RuleSetting setting;
      try {
        setting = ConfigLoader.setting("setting rules." + e.getKey(), new Located(e.getValue(), 0, 0));
      } catch (DefinitionException bad) {
        messages.showOnce("setting:rule:" + e.getKey() + "=" + e.getValue(), MessageType.Warning,
            "garbo: setting \"rules\": " + bad.problem() + " (rule '" + e.getKey() + "'). It is ignored.");
        continue;
      }
      merged.keySet().removeIf(l -> id.equals(catalog.canonical(l.value())));
      merged.put(new Located(id, 0, 0), setting);
    }
    return merged;
  }

  private ConfigProblem problem(DefinitionException e) {
    Path file;
    try {
      file = Path.of(e.file());
    } catch (RuntimeException notAPath) {
      file = null;
    }
    return new ConfigProblem(file, e.line(), e.column(), e.problem(), e.getMessage());
  }

  private void report(ConfigProblem found, Trigger trigger, Checkers built) {
    ConfigProblem before = problem;
    problem = found;
    if (found == null) {
      if (before != null) {
        messages.forget("config:" + before.message());
        messages.log(MessageType.Info, "the configuration is fine again: " + built.config().source());
      }
    } else if (trigger != Trigger.EDIT) {
      String using = lastGood != null ? "the last good configuration" : "the default configuration";
      messages.showOnce("config:" + found.message(), MessageType.Error,
          "garbo: " + found.message() + " — garbo goes on with " + using + " until this is fixed.");
    } else {
      messages.log(MessageType.Warning, found.message());
    }
    if (before != found) {
      onProblem.accept(found);
    }
  }

  private static String rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.toString();
  }
}
