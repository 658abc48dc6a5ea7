package dev.garbo.analysis;

import dev.garbo.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas and parts of speech from LanguageTool's morfologik dictionaries (English and Italian, the
 * same data LanguageTool's own taggers use), without LanguageTool's disambiguator and chunker, which
 * take most of its analysis time. Loaded on first use: a check that needs no lemma never pays for
 * the dictionary.
 *
 * <p>Thread-safe: the dictionary is shared, the lookup (which reuses buffers) is per thread, and
 * answers are cached because customer-service vocabulary is small and repetitive.
 */
public final class Lexicon {
  private static final int CACHE_LIMIT = 200_000;
  private static final Reading[] NONE = new Reading[0];

  private final Language language;
  private final String resource;
  private volatile Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary()));
  private final ConcurrentHashMap<String, Reading[]> cache = new ConcurrentHashMap<>();

  private static final Lexicon EN = new Lexicon(Language.EN, "/org/languagetool/resource/en/english.dict");
  private static final Lexicon IT = new Lexicon(Language.IT, "/org/languagetool/resource/it/italian.dict");

  private Lexicon(Language language, String resource) {
    this.language = language;
    this.resource = resource;
  }

  public static Lexicon of(Language language) {
    return language == Language.IT ? IT : EN;
  }

  private Dictionary dictionary() {
    Dictionary d = dictionary;
    if (d == null) {
      synchronized (this) {
        d = dictionary;
        if (d == null) {
          URL url = Lexicon.class.getResource(resource);
          if (url == null) {
            throw new IllegalStateException("LanguageTool dictionary missing from the class path: " + resource);
          }
          try {
            d = Dictionary.read(url);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
          }
          dictionary = d;
        }
      }
    }
    return d;
  }

  /** The readings of a word form (any case); empty when the dictionary does not know it. */
  public Reading[] readings(String word) {
    Reading[] cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    Reading[] r = lookupAll(word);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(word, r);
    }
    return r;
  }

  public boolean knows(String word) {
    return readings(word).length > 0;
  }

  private Reading[] lookupAll(String word) {
    List<Reading> out = new ArrayList<>(2);
    DictionaryLookup l = lookup.get();
    collect(l, word, out);
    String lower = word.toLowerCase(Locale.ROOT);
    if (out.isEmpty() && !lower.equals(word)) {
      collect(l, lower, out);
    }
    if (out.isEmpty() && language == Language.IT && !lower.isEmpty()) {
      // "e'" typed for "è" and "perche" for "perché" are everyday chat spellings
      String accented = ItalianAccents.restore(lower);
      if (accented != null) {
        collect(l, accented, out);
      }
    }
    return out.isEmpty() ? NONE : out.toArray(NONE);
  }

  private static void collect(DictionaryLookup l, String word, List<Reading> out) {
    for (WordData wd : l.lookup(word)) {
      CharSequence stem = wd.getStem();
      CharSequence tag = wd.getTag();
      out.add(new Reading(stem == null ? word : stem.toString(), tag == null ? "" : tag.toString()));
    }
  }

  @Override
  public String toString() {
    return "Lexicon[" + language + "]";
  }
}
