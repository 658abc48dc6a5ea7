package dev.garbo.lsp;

import com.google.gson.JsonPrimitive;
import dev.garbo.lsp.Configuration.ConfigFile;
import dev.garbo.lsp.DocumentCheck.Analysis;
import dev.garbo.lsp.DocumentCheck.Reported;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The quick fixes for the findings under the cursor: each suggestion as a rewording (the first one
 * preferred), and two changes to {@code .garbo.yaml}: turn the rule off, or accept the phrase.
 *
 * <p>There is no "turn it off for this file": JSON and plain text have no comments to carry it, and
 * a suppression the CLI and the Maven plugin did not honour would only move the finding to the build.
 */
final class CodeActions {
  /** Server command for clients that cannot create files in a workspace edit: writes {@code .garbo.yaml}. */
  static final String WRITE_CONFIG = "garbo.writeConfig";

  private CodeActions() {}

  /** How a configuration change is expressed, by what the client supports. */
  record ClientSupport(boolean createFiles) {}

  static List<Either<Command, CodeAction>> of(Analysis a, Range range, ConfigFile config, ClientSupport client) {
    List<Either<Command, CodeAction>> fixes = new ArrayList<>();
    List<Either<Command, CodeAction>> config1 = new ArrayList<>();
    Set<String> rulesDone = new HashSet<>();
    Set<String> phrasesDone = new HashSet<>();
    for (Reported r : a.findings()) {
      if (!touches(r.range(), range)) {
        continue;
      }
      Diagnostic d = Diagnostics.of(r, a.checkers().catalog());
      boolean preferred = true;
      for (String s : r.finding().suggestions()) {
        Optional<Rewording.Edit> e = Rewording.edit(a, r, s);
        if (e.isEmpty()) {
          continue;
        }
        CodeAction fix = new CodeAction("Replace with “" + s + "”");
        fix.setKind(CodeActionKind.QuickFix);
        fix.setDiagnostics(List.of(d));
        fix.setIsPreferred(preferred);
        preferred = false;
        TextEdit edit = new TextEdit(a.document().lines().range(e.get().start(), e.get().end()), e.get().text());
        fix.setEdit(new WorkspaceEdit(Map.of(a.document().uri(), List.of(edit))));
        fixes.add(Either.forRight(fix));
      }
      if (config.path() == null) {
        continue; // no workspace, no file to put it in
      }
      String id = r.finding().rule();
      if (rulesDone.add(id)) {
        configAction("Turn off rule '" + id + "' in " + name(config), d, config, client, "rule", id,
            ConfigEdits.disableRule(config.text() == null ? "" : config.text(), id)).ifPresent(config1::add);
      }
      String phrase = r.finding().text().strip().replaceAll("\\s+", " ");
      if (!phrase.isEmpty() && phrasesDone.add(phrase.toLowerCase(java.util.Locale.ROOT))) {
        configAction("Accept “" + phrase + "” in " + name(config) + " (stop flagging it)", d, config, client, "accept",
            phrase, ConfigEdits.accept(config.text() == null ? "" : config.text(), phrase)).ifPresent(config1::add);
      }
    }
    fixes.addAll(config1);
    return fixes;
  }

  private static String name(ConfigFile config) {
    return config.path().getFileName().toString();
  }

  /** Whether a finding is under the cursor or selection (touching counts: the cursor just after a word). */
  static boolean touches(Range finding, Range cursor) {
    return compare(finding.getStart(), cursor.getEnd()) <= 0 && compare(cursor.getStart(), finding.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
  }

  private static Optional<Either<Command, CodeAction>> configAction(String title, Diagnostic d, ConfigFile config,
      ClientSupport client, String kind, String value, List<ConfigEdits.Edit> edits) {
    if (edits.isEmpty()) {
      return Optional.empty(); // already there (saved or not): nothing to offer
    }
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(d));
    String uri = config.path().toUri().toString();
    if (config.text() != null) {
      LineMap lines = LineMap.of(config.text());
      List<TextEdit> text = edits.stream().map(e -> new TextEdit(lines.range(e.start(), e.end()), e.text())).toList();
      action.setEdit(new WorkspaceEdit(Map.of(uri, text)));
    } else if (client.createFiles()) {
      TextEdit content = new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), ConfigEdits.newFile(edits));
      List<Either<TextDocumentEdit, ResourceOperation>> changes = List.of(
          Either.forRight(new CreateFile(uri, new CreateFileOptions(false, true))),
          Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null), List.of(content))));
      action.setEdit(new WorkspaceEdit(changes));
    } else {
      action.setCommand(new Command(title, WRITE_CONFIG, List.of(new JsonPrimitive(kind), new JsonPrimitive(value))));
    }
    return Optional.of(Either.forRight(action));
  }
}
