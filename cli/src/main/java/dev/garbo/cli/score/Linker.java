package dev.garbo.cli.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each agent turn the customer's last turn before it in the same conversation, and numbers
 * the agent turns. It sees the chunks one at a time in input order, so this is the only stateful
 * step, and it is cheap.
 *
 * <p>Conversations are scoped to their file. Exports usually keep a conversation's turns together,
 * but some interleave them by time, so the last customer turn of the most recently active
 * conversations is remembered, up to {@link #OPEN_CONVERSATIONS} of them and {@link #TEXT_BUDGET}
 * characters in all (customers write long e-mails too): memory stays bounded whatever the archive.
 */
final class Linker {
  static final int OPEN_CONVERSATIONS = 100_000;
  static final long TEXT_BUDGET = 16_000_000;

  private InputFile file;
  private long seq;
  private long chars;
  private final LinkedHashMap<String, String> lastCustomerTurn = new LinkedHashMap<>(1024, 0.75f, true);

  Batch link(List<Parsed> records) {
    List<Job> jobs = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>(0);
    List<Unreadable> unreadable = new ArrayList<>(0);
    long read = 0;
    long skipped = 0;
    for (Parsed p : records) {
      if (p.file() != file) {
        file = p.file();
        lastCustomerTurn.clear();
        chars = 0;
      }
      if (p instanceof Turn t) {
        read++;
        if (t.role() == Role.CUSTOMER) {
          skipped++;
          remember(t.conversation(), t.text());
        } else {
          jobs.add(new Job(t, lastCustomerTurn.get(t.conversation()), seq++));
        }
      } else if (p instanceof Rejected r) {
        read++;
        rejected.add(r);
      } else if (p instanceof Unreadable u) {
        unreadable.add(u);
      }
    }
    return new Batch(jobs, read, skipped, rejected, unreadable);
  }

  private void remember(String conversation, String text) {
    String before = lastCustomerTurn.put(conversation, text);
    chars += text.length() - (before == null ? 0 : before.length());
    var eldest = lastCustomerTurn.entrySet().iterator();
    while ((lastCustomerTurn.size() > OPEN_CONVERSATIONS || chars > TEXT_BUDGET) && eldest.hasNext()) {
      String dropped = eldest.next().getValue();
      if (lastCustomerTurn.size() == 1) {
        break; // the turn just remembered stays, however long
      }
      chars -= dropped.length();
      eldest.remove();
    }
  }
}
