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
 * but some interleave them by time, so the last customer turn of the most recent conversations is
 * remembered, up to {@link #OPEN_CONVERSATIONS}: memory stays bounded whatever the archive size.
 */
final class Linker {
  static final int OPEN_CONVERSATIONS = 100_000;

  private InputFile file;
  private long seq;
  private final Map<String, String> lastCustomerTurn = new LinkedHashMap<>(1024, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > OPEN_CONVERSATIONS;
    }
  };

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
      }
      if (p instanceof Turn t) {
        read++;
        if (t.role() == Role.CUSTOMER) {
          skipped++;
          lastCustomerTurn.put(t.conversation(), t.text());
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
}
