package dev.garbo.lsp;

import dev.garbo.Finding;
import dev.garbo.RuleInfo;
import dev.garbo.Severity;
import dev.garbo.lsp.DocumentCheck.Analysis;
import dev.garbo.lsp.DocumentCheck.Reported;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** Findings as LSP diagnostics. */
final class Diagnostics {
  static final String SOURCE = "garbo";

  private Diagnostics() {}

  static List<Diagnostic> of(Analysis a) {
    List<Diagnostic> out = new ArrayList<>(a.findings().size() + 1);
    if (a.unreadable() != null) {
      Diagnostic d = new Diagnostic(a.unreadable().range(), a.unreadable().problem(), DiagnosticSeverity.Information, SOURCE);
      out.add(d);
    }
    for (Reported r : a.findings()) {
      out.add(of(r, a.checkers().catalog()));
    }
    return out;
  }

  /** The finding's message, then the why in the reply's language; the rule id as code, linked to its page. */
  static Diagnostic of(Reported r, RuleCatalog catalog) {
    Finding f = r.finding();
    String message = f.message();
    String why = catalog.rule(f.rule()).map(rule -> rule.info()).map(RuleInfo::why).map(w -> w.get(r.language())).orElse(null);
    if (why != null && !why.isBlank()) {
      message = message + "\n" + why;
    }
    Diagnostic d = new Diagnostic(r.range(), message, severity(f.severity()), SOURCE, f.rule());
    catalog.page(f.rule()).ifPresent(url -> d.setCodeDescription(new DiagnosticCodeDescription(url)));
    return d;
  }

  /** Suggestions show as information (blue) rather than hints, which most editors barely draw. */
  static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case SUGGESTION -> DiagnosticSeverity.Information;
    };
  }
}
