package dev.garbo.analysis;

import dev.garbo.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells English from Italian, down to two-word replies.
 *
 * <p>Three stages, cheapest first. Function words decide almost every real reply in microseconds.
 * Short or odd text falls back to the two LanguageTool dictionaries (which words does each language
 * know?), which is what gets "No problem!" right where OpenNLP's detector answers Esperanto. Only
 * what both leave open goes to OpenNLP's detector, restricted to the two languages we speak, and a
 * tie goes to the caller's default.
 */
public final class LanguageIdentifier {

  private static final Set<String> EN_WORDS = Set.of(
      "the", "you", "your", "to", "and", "is", "we", "for", "of", "i", "it", "can", "with", "have", "this",
      "please", "thanks", "thank", "will", "be", "are", "that", "on", "my", "our", "us", "was", "not", "if",
      "me", "would", "what", "there", "sorry", "hi", "hello", "has", "been", "from", "at", "an", "do", "any",
      "let", "know", "help", "get", "'s", "am", "they", "all", "just", "so", "but", "or", "by", "as", "could",
      "should", "here", "which", "when", "how", "about", "glad", "happy", "pleasure", "welcome", "problem",
      "worries", "great", "order", "account", "yes", "ok", "okay", "again", "see", "sure", "out", "day", "back");
  private static final Set<String> IT_WORDS = Set.of(
      "il", "la", "di", "che", "e", "per", "non", "un", "una", "le", "lo", "gli", "sono", "con", "suo", "sua",
      "grazie", "del", "della", "al", "alla", "mi", "ci", "si", "ha", "ho", "abbiamo", "possiamo", "puo", "posso",
      "nel", "nella", "dei", "delle", "questo", "questa", "sul", "sulla", "piu", "anche", "come", "ma", "se",
      "lei", "buongiorno", "buonasera", "salve", "gentile", "cordiali", "saluti", "ciao", "prego", "nessun",
      "problema", "ordine", "l'", "c'", "dell'", "all'", "un'", "nell'", "sull'", "d'", "da", "dal", "dalla",
      "ti", "tuo", "vi", "vostro", "siamo", "stato", "stata", "essere", "fare", "richiesta", "subito", "dispiace",
      "piacere", "ancora", "dopo", "entro", "giorni", "ecco", "quindi", "pero", "perche", "tutto", "cosa",
      "presto", "certo", "perfetto", "bene", "niente", "buona", "giornata", "figuri", "figurati");

  private static final String[] EN_SUFFIXES = {"ing", "tion", "ly", "ed", "ness", "ment", "ful", "'s"};

  private volatile LanguageDetectorME detector;

  /** Decides the language of {@code tokens}; {@code fallback} when nothing can tell. */
  public Language identify(String text, List<Token> tokens, Language fallback) {
    int en = 0;
    int it = 0;
    int words = 0;
    for (Token t : tokens) {
      if (!t.isWord()) {
        continue;
      }
      words++;
      String f = t.folded();
      boolean e = EN_WORDS.contains(f);
      boolean i = IT_WORDS.contains(f);
      if (e && !i) {
        en++;
      } else if (i && !e) {
        it++;
      }
      // a long reply is decided by its first dozen function words
      if (en + it >= 12 && (en >= 4 * it || it >= 4 * en)) {
        break;
      }
    }
    if (words == 0) {
      return fallback;
    }
    if (en >= 2 && en >= 3 * it) {
      return Language.EN;
    }
    if (it >= 2 && it >= 3 * en) {
      return Language.IT;
    }
    // few function words: which dictionary knows the words?
    double enKnown = 0;
    double itKnown = 0;
    Lexicon enLex = Lexicon.of(Language.EN);
    Lexicon itLex = Lexicon.of(Language.IT);
    for (Token t : tokens) {
      if (!t.isWord() || t.text().length() < 2 && !t.folded().equals("e")) {
        continue;
      }
      String w = t.folded().equals("not") || t.folded().equals("am") ? t.folded() : t.text();
      boolean ke = enLex.knows(w);
      boolean ki = itLex.knows(w);
      if (ke && !ki) {
        enKnown += 1;
      } else if (ki && !ke) {
        itKnown += 1;
      } else if (ke) {
        enKnown += 0.25;
        itKnown += 0.25;
      }
      for (String s : EN_SUFFIXES) {
        if (t.folded().endsWith(s) && t.folded().length() > s.length() + 2) {
          enKnown += 0.25;
          break;
        }
      }
      if (t.folded().endsWith("zione") || t.folded().endsWith("mente") || t.folded().endsWith("iamo")) {
        itKnown += 0.25;
      }
    }
    enKnown += en;
    itKnown += it;
    if (enKnown >= 1 && enKnown >= 1.5 * itKnown + 0.5) {
      return Language.EN;
    }
    if (itKnown >= 1 && itKnown >= 1.5 * enKnown + 0.5) {
      return Language.IT;
    }
    if (words >= 4) {
      Language byModel = byModel(text);
      if (byModel != null) {
        return byModel;
      }
    }
    if (enKnown > itKnown) {
      return Language.EN;
    }
    if (itKnown > enKnown) {
      return Language.IT;
    }
    return fallback;
  }

  /** OpenNLP's detector, asked only to choose between English and Italian. */
  private Language byModel(String text) {
    double en = 0;
    double it = 0;
    for (opennlp.tools.langdetect.Language l : detector().predictLanguages(text)) {
      if (l.getLang().equals("eng")) {
        en = l.getConfidence();
      } else if (l.getLang().equals("ita")) {
        it = l.getConfidence();
      }
    }
    if (en > it * 1.2) {
      return Language.EN;
    }
    if (it > en * 1.2) {
      return Language.IT;
    }
    return null;
  }

  private LanguageDetectorME detector() {
    LanguageDetectorME d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          try (InputStream in = LanguageIdentifier.class.getResourceAsStream(
              "/langdetect-183.bin")) {
            if (in == null) {
              throw new IllegalStateException("OpenNLP language detection model missing from the class path");
            }
            d = new LanguageDetectorME(new LanguageDetectorModel(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          detector = d;
        }
      }
    }
    return d;
  }
}
