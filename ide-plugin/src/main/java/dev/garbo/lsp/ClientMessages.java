package dev.garbo.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * What the server tells the user: everything goes to the editor's log ({@code window/logMessage})
 * and to stderr; problems the user should act on pop up ({@code window/showMessage}) once, not on
 * every keystroke.
 */
final class ClientMessages {
  private volatile LanguageClient client;
  private final Set<String> shown = ConcurrentHashMap.newKeySet();

  void connect(LanguageClient client) {
    this.client = client;
  }

  void log(MessageType type, String message) {
    System.err.println("[garbo " + type.name().toLowerCase(java.util.Locale.ROOT) + "] " + message);
    LanguageClient c = client;
    if (c != null) {
      try {
        c.logMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        System.err.println("[garbo] cannot reach the editor: " + e);
      }
    }
  }

  void log(String message, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    log(MessageType.Error, message + "\n" + trace);
  }

  /**
   * Logs the message and shows it, unless a message with this key was shown already.
   *
   * @return whether it was shown
   */
  boolean showOnce(String key, MessageType type, String message) {
    log(type, message);
    if (!shown.add(key)) {
      return false;
    }
    LanguageClient c = client;
    if (c != null) {
      try {
        c.showMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        System.err.println("[garbo] cannot reach the editor: " + e);
      }
    }
    return true;
  }

  /** Lets the message with this key be shown again (the problem went away; if it comes back, say so). */
  void forget(String key) {
    shown.remove(key);
  }
}
