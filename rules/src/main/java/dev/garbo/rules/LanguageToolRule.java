package dev.garbo.rules;

import dev.garbo.Category;
import dev.garbo.Example;
import dev.garbo.Language;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.analysis.AnalyzedText;
import dev.garbo.analysis.Folding;
import dev.garbo.analysis.Token;
import dev.garbo.analysis.TokenKind;
import dev.garbo.definition.RuleSpec;
import dev.garbo.rule.Reply;
import dev.garbo.rule.Reporter;
import dev.garbo.rule.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * Grammar and spelling from LanguageTool, reported as {@code grammar:<LanguageTool rule id>} so a
 * team can turn the group or any one rule off. Off unless configured ({@code grammar: true},
 * {@code --grammar}): LanguageTool takes seconds to start and milliseconds per reply.
 *
 * <p>A grammar checker that flags names, order codes and chat shorthand is worse than none, so
 * matches on URLs, e-mail addresses, handles, placeholders, codes, numbers and emoji are dropped, as
 * are spelling matches on capitalised words inside a sentence (names, brands) and on the team's
 * vocabulary; the rules that fight chat conventions (lower-case sentence starts, emoticon
 * brackets, spacing) are off.
 */
public final class LanguageToolRule implements Rule {
  private static final List<String> CHATTY_RULES = List.of(
      "UPPERCASE_SENTENCE_START", "WHITESPACE_RULE", "EN_UNPAIRED_BRACKETS", "UNPAIRED_BRACKETS",
      "EN_QUOTES", "DASH_RULE", "PUNCTUATION_PARAGRAPH_END", "COMMA_PARENTHESIS_WHITESPACE",
      "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "EN_UNPAIRED_QUOTES", "ITALIAN_WORD_REPEAT_RULE",
      "DOUBLE_PUNCTUATION", "CONSECUTIVE_SPACES", "EMPTY_LINE", "PUNCTUATION_PARAGRAPH_END_IT");
  private static final Set<TokenKind> NOT_PROSE = Set.of(TokenKind.URL, TokenKind.EMAIL, TokenKind.HANDLE,
      TokenKind.PLACEHOLDER, TokenKind.CODE, TokenKind.NUMBER, TokenKind.SYMBOL);

  private final RuleSpec spec;
  /** One LanguageTool per thread and language, made on first use: it is not thread-safe and slow to build. */
  private final ThreadLocal<Map<Language, JLanguageTool>> tools = ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

  public LanguageToolRule(RuleSpec spec) {
    this.spec = spec;
  }

  @Override
  public RuleInfo info() {
    return spec.info();
  }

  @Override
  public List<Example> examples() {
    return spec.examples();
  }

  @Override
  public void check(Reply reply, Reporter reporter) {
    AnalyzedText text = reply.text();
    List<RuleMatch> matches;
    try {
      matches = tool(text.language()).check(text.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (RuleMatch m : matches) {
      int start = m.getFromPos();
      int end = Math.min(m.getToPos(), text.text().length());
      if (start < 0 || end <= start) {
        continue;
      }
      boolean spelling = m.getRule().isDictionaryBasedSpellingRule();
      if (onChatFurniture(text, start, end) || (spelling && (isName(text, start) || known(reply, text, start, end)))) {
        continue;
      }
      List<String> suggestions = new ArrayList<>();
      for (String s : m.getSuggestedReplacements()) {
        if (suggestions.size() == 3) {
          break;
        }
        if (!s.isEmpty() && !s.equals(text.text().substring(start, end))) {
          suggestions.add(s);
        }
      }
      reporter.reportAs(m.getRule().getId(), spelling ? Category.SPELLING : Category.GRAMMAR, start, end, suggestions,
          spelling ? Severity.WARNING : null, plain(m.getMessage()));
    }
  }

  private JLanguageTool tool(Language language) {
    return tools.get().computeIfAbsent(language, l -> {
      JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode(l == Language.IT ? "it" : "en-US"));
      CHATTY_RULES.forEach(lt::disableRule);
      return lt;
    });
  }

  /** Whether the match covers, or sits right against, something that is not prose ("Thanks @user"). */
  private static boolean onChatFurniture(AnalyzedText text, int start, int end) {
    for (Token t : text.tokens()) {
      if (t.start() > end + 1) {
        break;
      }
      if (t.end() >= start && NOT_PROSE.contains(t.kind())) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word that does not open its sentence is a name or a brand, not a typo. */
  private static boolean isName(AnalyzedText text, int start) {
    for (int i = 0; i < text.size(); i++) {
      Token t = text.token(i);
      if (t.start() == start) {
        boolean opensSentence = i == 0 || text.token(i - 1).sentence() != t.sentence();
        return t.startsUpperCase() && !opensSentence;
      }
    }
    return false;
  }

  private static boolean known(Reply reply, AnalyzedText text, int start, int end) {
    return !reply.vocabulary().isEmpty() && reply.vocabulary().contains(Folding.fold(text.text().substring(start, end)));
  }

  /** LanguageTool marks suggestions up in its messages; we give them as a list instead. */
  private static String plain(String message) {
    return message.replace("<suggestion>", "“").replace("</suggestion>", "”").replaceAll("<[^>]+>", "");
  }
}
