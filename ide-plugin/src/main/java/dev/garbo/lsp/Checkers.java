package dev.garbo.lsp;

import dev.garbo.Checker;
import dev.garbo.Garbo;
import dev.garbo.Language;
import dev.garbo.config.GarboConfig;
import dev.garbo.source.SourceOptions;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * The checkers of one configuration. The coaching rules are ready first; when grammar and spelling
 * are on, a second checker with LanguageTool is built and warmed up in the background and takes
 * over once it is ready, so the first diagnostics never wait for LanguageTool.
 */
final class Checkers {
  private static final String WARM_EN = "Thanks for your message, I have checked the order and it ships today.";
  private static final String WARM_IT = "Grazie del messaggio, ho controllato l'ordine e parte oggi.";

  private final GarboConfig config;
  private final SourceOptions sources;
  private final RuleCatalog catalog;
  private final Checker coaching;
  private final ClassLoader loader;
  private volatile CompletableFuture<Checker> withGrammar;

  private Checkers(GarboConfig config, SourceOptions sources, RuleCatalog catalog, Checker coaching, ClassLoader loader) {
    this.config = config;
    this.sources = sources;
    this.catalog = catalog;
    this.coaching = coaching;
    this.loader = loader;
  }

  /**
   * Builds the coaching checker; the grammar checker, if the configuration wants one, comes with
   * {@link #startGrammar}.
   *
   * @throws dev.garbo.definition.DefinitionException if the configuration names an unknown rule or a
   *     bad pattern
   */
  static Checkers build(GarboConfig config, SourceOptions sources, ClassLoader loader) {
    RuleCatalog catalog = RuleCatalog.of(config, loader);
    Checker coaching = Garbo.builder().config(config.withGrammar(false)).classLoader(loader).build();
    return new Checkers(config, sources, catalog, coaching, loader);
  }

  /**
   * Starts building the grammar checker on {@code background} if grammar is on; {@code wanted} is
   * asked first, so a configuration replaced in the meantime (the user is editing {@code
   * .garbo.yaml}) costs no LanguageTool start.
   */
  void startGrammar(Executor background, BooleanSupplier wanted) {
    if (!config.grammar() || withGrammar != null) {
      return;
    }
    withGrammar = CompletableFuture.supplyAsync(() -> {
      if (!wanted.getAsBoolean()) {
        throw new CancellationException("configuration replaced");
      }
      Checker c = Garbo.builder().config(config).classLoader(loader).build();
      // LanguageTool loads its models on first use: pay that here, not on the user's first keystroke
      c.check(WARM_EN, null, Language.EN);
      c.check(WARM_IT, null, Language.IT);
      return c;
    }, background);
  }

  /** The best checker ready now. */
  Checker current() {
    CompletableFuture<Checker> g = withGrammar;
    if (g != null && g.isDone() && !g.isCompletedExceptionally()) {
      return g.join();
    }
    return coaching;
  }

  /** Completes when the grammar checker is ready (or has failed); null when grammar is off or not started. */
  CompletableFuture<Checker> grammarReady() {
    return withGrammar;
  }

  GarboConfig config() {
    return config;
  }

  SourceOptions sources() {
    return sources;
  }

  RuleCatalog catalog() {
    return catalog;
  }
}
