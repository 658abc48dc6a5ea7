package dev.garbo.analysis;

import dev.garbo.Language;
import dev.garbo.Register;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the marks of Italian forms of address in a reply: "ti", "tuo", "puoi" for tu; "Lei", "suo",
 * "aiutarla", "non esiti" for Lei; "vi", "vostro", "potete" for voi. Third-person forms are only
 * counted as Lei where customer service makes them so (possessives, clitics on infinitives,
 * formal imperatives), so that "il corriere può" is not read as Lei.
 */
public final class RegisterDetector {
  private static final Set<String> TU = Set.of(
      "ti", "tuo", "tua", "tuoi", "tue", "puoi", "sei", "hai", "vuoi", "devi", "sai", "fai", "potresti",
      "dovresti", "vorresti", "scrivimi", "scrivici", "contattaci", "fammi", "dimmi", "chiamaci", "preoccuparti",
      "preoccupati", "tranquillo", "tranquilla", "figurati", "scusami", "aspetta", "controlla", "verifica");
  private static final Set<String> LEI = Set.of(
      "lei", "suo", "sua", "suoi", "sue", "si figuri", "figuri", "stia", "esiti", "contatti", "scriva", "dica", "faccia",
      "attenda", "verifichi", "controlli", "ringraziarla", "aiutarla", "contattarla", "ricontattarla", "informarla",
      "aggiornarla", "scusarci", "gentile", "egregio", "preoccupi", "chiami", "mi scusi", "scusi", "vuole", "desidera",
      "potrebbe", "dovrebbe", "vorrebbe");
  private static final Set<String> VOI = Set.of(
      "vi", "vostro", "vostra", "vostri", "vostre", "potete", "siete", "avete", "volete", "dovete", "scriveteci",
      "contattateci", "ragazzi", "preoccupatevi");

  private RegisterDetector() {}

  /** Token indices of each register's marks; empty for English. */
  public static Map<Register, List<Integer>> marks(AnalyzedText text) {
    Map<Register, List<Integer>> out = new EnumMap<>(Register.class);
    for (Register r : Register.values()) {
      out.put(r, new ArrayList<>());
    }
    if (text.language() != Language.IT) {
      return out;
    }
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      String f = t.folded();
      if (TU.contains(f) || clitic(f, "ti")) {
        if ((f.equals("tranquillo") || f.equals("tranquilla")) && i > 0 && tokens.get(i - 1).sentence() == t.sentence()
            && (tokens.get(i - 1).folded().equals("stia") || tokens.get(i - 1).folded().equals("stare")
                || tokens.get(i - 1).folded().equals("pure"))) {
          // "stia tranquillo", "può stare tranquilla": an adjective after a Lei verb, not the tu "Tranquillo!"
          continue;
        }
        if (f.equals("verifica") || f.equals("controlla") || f.equals("aspetta")) {
          // imperative only at the start of a sentence: "la verifica è in corso" is a noun
          if (i > 0 && tokens.get(i - 1).sentence() == t.sentence()) {
            continue;
          }
        }
        out.get(Register.TU).add(i);
      } else if (VOI.contains(f) || clitic(f, "vi")) {
        out.get(Register.VOI).add(i);
      } else if (LEI.contains(f) || clitic(f, "la") || clitic(f, "le")) {
        if ((f.equals("lei") || f.equals("vuole") || f.equals("desidera") || f.equals("potrebbe")
            || f.equals("dovrebbe") || f.equals("vorrebbe")) && !addressed(tokens, i)) {
          continue;
        }
        out.get(Register.LEI).add(i);
      }
    }
    return out;
  }

  /** The register a reply is written in, or {@code null} when it shows none. */
  public static Register detect(AnalyzedText text) {
    Map<Register, List<Integer>> m = marks(text);
    Register best = null;
    int bestCount = 0;
    for (Register r : new Register[] {Register.LEI, Register.TU, Register.VOI}) {
      int c = m.get(r).size();
      if (c > bestCount) {
        best = r;
        bestCount = c;
      }
    }
    return best;
  }

  /** Infinitive with an enclitic pronoun: "aiutarti", "contattarla", "inviarvi". */
  private static boolean clitic(String f, String pronoun) {
    if (f.length() < pronoun.length() + 4 || !f.endsWith(pronoun)) {
      return false;
    }
    String stem = f.substring(0, f.length() - pronoun.length());
    return stem.endsWith("ar") || stem.endsWith("er") || stem.endsWith("ir") || stem.endsWith("andog")
        || stem.endsWith("arg") || stem.endsWith("erg") || stem.endsWith("irg");
  }

  /** "Lei", "vuole" etc. count as address only near second-person cues: sentence start or "se". */
  private static boolean addressed(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.folded().equals("lei") && t.startsUpperCase() && i > 0 && tokens.get(i - 1).sentence() == t.sentence()) {
      return true;
    }
    for (int k = Math.max(0, i - 3); k < i; k++) {
      String f = tokens.get(k).folded();
      if (tokens.get(k).sentence() == t.sentence() && (f.equals("se") || f.equals("lei") || f.equals("mi") || f.equals("ci"))) {
        return true;
      }
    }
    return false;
  }
}
