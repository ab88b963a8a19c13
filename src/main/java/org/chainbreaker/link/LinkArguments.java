package org.chainbreaker.link;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.chainbreaker.api.InvalidArgumentException;

/** Validation of link-analysis arguments at the edge, with messages that name the argument and the allowed values. */
final class LinkArguments {

  static final Set<String> LABELS = Set.of("Person", "Gang", "Shipment", "Address", "Region", "Phone", "Account",
      "Vehicle", "Case", "Seizure", "Site");
  static final Set<String> RELATIONSHIP_TYPES = Set.of("MEMBER_OF", "SENT", "ADDRESSED_TO", "FROM_ADDRESS",
      "TO_ADDRESS", "SENDER_PHONE", "RECEIVER_PHONE", "CARRIED_BY", "USES", "HOLDS", "DRIVES", "LIVES_AT", "CALLED",
      "TRANSFERRED", "INVOLVES", "INCLUDES", "FROM_SHIPMENT", "SEIZED_AT", "OPERATES", "LOCATED_AT", "LOCATED_IN",
      "PART_OF");
  static final int MAX_IDS = 50;
  private static final Pattern ENTITY_ID = Pattern.compile("([A-Za-z]+)/(.+)");

  private LinkArguments() {}

  static List<String> entityIds(List<String> ids, String argument) {
    if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
      throw new InvalidArgumentException(argument, "give 1 to " + MAX_IDS + " entity ids");
    }
    ids.forEach(id -> entityId(id, argument));
    return List.copyOf(ids);
  }

  static String entityId(String id, String argument) {
    var matcher = id == null ? null : ENTITY_ID.matcher(id);
    if (matcher == null || !matcher.matches() || !LABELS.contains(matcher.group(1))) {
      throw new InvalidArgumentException(argument, "'" + id + "' is not an entity id; ids look like Person/P000123, "
          + "the kind being one of " + sorted(LABELS));
    }
    return id;
  }

  static int range(Integer value, int fallback, int min, int max, String argument) {
    int actual = value == null ? fallback : value;
    if (actual < min || actual > max) {
      throw new InvalidArgumentException(argument, "must be between " + min + " and " + max + ", was " + actual);
    }
    return actual;
  }

  static List<String> relationshipTypes(List<String> types, String argument) {
    return memberOf(types, RELATIONSHIP_TYPES, argument);
  }

  static List<String> labels(List<String> labels, String argument) {
    return memberOf(labels, LABELS, argument);
  }

  /** The window as ISO-8601 date-times Cypher's datetime() reads; a bare date means its start, in UTC. */
  static String[] window(TimeWindow window, String argument) {
    if (window == null) {
      return new String[] {null, null};
    }
    OffsetDateTime since = instant(window.since(), argument + ".since");
    OffsetDateTime until = instant(window.until(), argument + ".until");
    if (since != null && until != null && !since.isBefore(until)) {
      throw new InvalidArgumentException(argument, "since must be before until");
    }
    return new String[] {since == null ? null : since.toString(), until == null ? null : until.toString()};
  }

  static String regionCode(String code, String argument) {
    if (code == null || code.isBlank() || code.length() > 20) {
      throw new InvalidArgumentException(argument, "give a region code such as 530000 (Yunnan) or MM-17 (Shan State)");
    }
    return code.strip();
  }

  private static OffsetDateTime instant(String text, String argument) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException(argument, "'" + text + "' is not an ISO-8601 date (2026-05-01) or date-time "
          + "with offset (2026-05-01T08:00:00+08:00)");
    }
  }

  private static List<String> memberOf(List<String> values, Set<String> allowed, String argument) {
    if (values == null) {
      return null;
    }
    for (String value : values) {
      if (!allowed.contains(value)) {
        throw new InvalidArgumentException(argument, "'" + value + "' is not one of " + sorted(allowed));
      }
    }
    return List.copyOf(values);
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
