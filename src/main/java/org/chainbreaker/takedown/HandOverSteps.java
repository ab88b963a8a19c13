package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parameters of one step of {@code cypher/takedown/trace-upstream} or {@code trace-downstream}. */
final class HandOverSteps {

  private HandOverSteps() {}

  /**
   * @param frontier person ids to step from, each with its ISO date-time (null: any time)
   * @param timeKey  "before" (upstream) or "after" (downstream)
   * @param windowDays null: the script's default
   * @param exclude shipment ids already found
   */
  static Map<String, Object> parameters(Map<String, String> frontier, String timeKey, Integer windowDays,
      Collection<String> exclude, int perPerson) {
    List<Map<String, Object>> rows = new ArrayList<>();
    frontier.forEach((uid, time) -> {
      Map<String, Object> row = new HashMap<>();
      row.put("uid", uid);
      row.put(timeKey, time);
      rows.add(row);
    });
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("frontier", rows);
    parameters.put("windowDays", windowDays);
    parameters.put("exclude", List.copyOf(exclude));
    parameters.put("perPerson", perPerson);
    return parameters;
  }
}
