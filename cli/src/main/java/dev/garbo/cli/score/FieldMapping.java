package dev.garbo.cli.score;

import dev.garbo.config.GarboConfig;
import dev.garbo.definition.Suggest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How an export names the fields and roles garbo reads. {@code --field text=body} says the reply
 * is in the export's {@code body} field; {@code --role-agent admin} says {@code admin} turns are the
 * agent's. A dotted name ({@code author.type}) reaches into nested JSON objects.
 *
 * @param fields garbo's field name to the export's, only for the fields that differ
 * @param agentRoles role values (lower case) that mean an agent wrote the turn
 * @param customerRoles role values (lower case) that mean the customer wrote it
 */
public record FieldMapping(Map<String, String> fields, Set<String> agentRoles, Set<String> customerRoles) {

  /** The fields garbo reads, required ones first. */
  public static final List<String> FIELDS = List.of("conversation", "role", "text", "id", "agent", "team", "time", "lang");

  public static final FieldMapping DEFAULT = new FieldMapping(Map.of(), Set.of("agent"), Set.of("customer"));

  public FieldMapping {
    fields = Map.copyOf(fields);
    agentRoles = Set.copyOf(agentRoles);
    customerRoles = Set.copyOf(customerRoles);
  }

  /** The export's name for one of garbo's fields. */
  public String name(String field) {
    return fields.getOrDefault(field, field);
  }

  /** Who a role value means, or {@code null} when it is neither an agent's nor a customer's. */
  public Role role(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (agentRoles.contains(v)) {
      return Role.AGENT;
    }
    if (customerRoles.contains(v)) {
      return Role.CUSTOMER;
    }
    return null;
  }

  /**
   * The mapping from {@code .garbo.yaml} ({@code score:}) with the command line's options on top;
   * role lists given on the command line replace the configured ones.
   *
   * @throws IllegalArgumentException naming the unknown field (and the closest known one)
   */
  public static FieldMapping of(GarboConfig.ScoreSettings config, Map<String, String> cliFields,
      List<String> cliAgentRoles, List<String> cliCustomerRoles) {
    Map<String, String> fields = new LinkedHashMap<>();
    config.fields().forEach((k, v) -> fields.put(check(k, "score.fields in the configuration"), v));
    cliFields.forEach((k, v) -> fields.put(check(k, "--field"), v));
    fields.entrySet().removeIf(e -> e.getValue() == null || e.getValue().isBlank() || e.getKey().equals(e.getValue()));
    List<String> agent = cliAgentRoles.isEmpty() ? config.roleAgent() : cliAgentRoles;
    List<String> customer = cliCustomerRoles.isEmpty() ? config.roleCustomer() : cliCustomerRoles;
    Set<String> a = lower(agent);
    Set<String> c = lower(customer);
    for (String r : a) {
      if (c.contains(r)) {
        throw new IllegalArgumentException("role '" + r + "' is given both as an agent's and as a customer's");
      }
    }
    return new FieldMapping(fields, a, c);
  }

  private static String check(String field, String where) {
    String f = field.trim().toLowerCase(Locale.ROOT);
    if (!FIELDS.contains(f)) {
      String near = Suggest.closest(f, FIELDS);
      throw new IllegalArgumentException(where + ": unknown field '" + field + "'"
          + (near != null ? " (did you mean '" + near + "'?)" : "") + "; garbo reads " + String.join(", ", FIELDS));
    }
    return f;
  }

  private static Set<String> lower(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** A stable text of the mapping, for the run's fingerprint. */
  String canonical() {
    return "fields=" + new TreeMap<>(fields) + ";agent=" + new java.util.TreeSet<>(agentRoles)
        + ";customer=" + new java.util.TreeSet<>(customerRoles);
  }
}
