package org.chainbreaker.takedown;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chainbreaker.model.GraphNode;

/** The few lines an investigator pastes into a report: what was traced, how big the chain is, where each stage is. */
final class TraceSummary {

  private TraceSummary() {}

  static String of(GraphNode start, List<ChainMember> members, int shipments, double weightKg, String first,
      String last, boolean capped) {
    StringBuilder text = new StringBuilder("Traced from ").append(start.label().toLowerCase(Locale.ROOT)).append(' ')
        .append(start.caption().isBlank() ? start.id() : start.caption()).append(": ");
    if (shipments == 0) {
      return text.append("no corroborated hand-over found.").toString();
    }
    long people = members.stream().filter(m -> m.stage() != ChainStage.FINANCE).count();
    text.append(people).append(people == 1 ? " person and " : " people and ").append(shipments)
        .append(shipments == 1 ? " shipment" : " shipments")
        .append(String.format(Locale.ROOT, " (%.1f kg declared)", weightKg));
    if (first != null) {
      text.append(", ").append(first, 0, 10).append(" to ").append(last, 0, 10);
    }
    text.append(". ");
    Map<ChainStage, List<ChainMember>> byStage = new EnumMap<>(ChainStage.class);
    members.forEach(m -> byStage.computeIfAbsent(m.stage(), k -> new java.util.ArrayList<>()).add(m));
    text.append(byStage.entrySet().stream().map(e -> stage(e.getKey(), e.getValue())).collect(Collectors.joining("; ")))
        .append('.');
    if (capped) {
      text.append(" The trace stopped at its limits; widen maxHandOvers to follow it further.");
    }
    return text.toString();
  }

  private static String stage(ChainStage stage, List<ChainMember> members) {
    Map<String, Long> regions = members.stream().map(ChainMember::region).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    String where = regions.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3).map(Map.Entry::getKey).collect(Collectors.joining(", "));
    return stage.name().toLowerCase(Locale.ROOT) + " " + members.size() + (where.isEmpty() ? "" : " (" + where + ")");
  }
}
