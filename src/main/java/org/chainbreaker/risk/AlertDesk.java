package org.chainbreaker.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.Page;
import org.chainbreaker.model.Shipment;
import org.chainbreaker.model.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The investigators' side of alerts: listing and reading them, the status workflow (NEW -> ACKNOWLEDGED ->
 * CONFIRMED or DISMISSED), assignment, comments and history, explanations, and per-rule precision from the outcomes.
 * Each change is one transaction that records who, what and when.
 */
@Service
class AlertDesk {

  static final int MAX_PAGE = 100;
  static final int MAX_TEXT = 4000;

  private final CypherRunner runner;
  private final RuleCatalogue rules;

  AlertDesk(CypherRunner runner, RuleCatalogue rules) {
    this.runner = runner;
    this.rules = rules;
  }

  /** One page of the alerts matching the filter, highest score first. */
  Page<Alert> alerts(AlertFilter filter, int offset, Integer first) {
    AlertFilter f = filter == null ? AlertFilter.ANY : filter;
    int size = first == null ? 20 : first;
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidArgumentException("first", "1 to " + MAX_PAGE + ", was " + size);
    }
    if (f.rule() != null && rules.byId(f.rule()).isEmpty()) {
      throw new InvalidArgumentException("filter.rule", "no rule '" + f.rule() + "'; the rules are "
          + rules.all().stream().map(RiskRule::id).toList());
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("status", f.status() == null ? null : f.status().name());
    parameters.put("assignee", blankToNull(f.assignee()));
    parameters.put("minScore", f.minScore());
    parameters.put("rule", f.rule());
    parameters.put("belowThreshold", f.belowThreshold());
    String since = time("filter.since", f.since());
    String until = time("filter.until", f.until());
    if (since != null && until != null && !OffsetDateTime.parse(since).isBefore(OffsetDateTime.parse(until))) {
      throw new InvalidArgumentException("filter", "since must be before until, was " + f.since() + " to " + f.until());
    }
    parameters.put("since", since);
    parameters.put("until", until);
    parameters.put("offset", offset);
    parameters.put("first", size);
    Record page = runner.read("risk/alerts", parameters, record -> record).get(0);
    return Page.of(page.get("alerts").asList(Alert::from), offset, page.get("total").asInt());
  }

  /** The alert with this id. */
  Optional<Alert> alert(String id) {
    return runner.readOne("risk/alert", Map.of("id", id), record -> Alert.from(record.get("alert")));
  }

  /** Moves the alert to {@code to} if its status allows it; refuses, naming the current status, otherwise. */
  Alert change(String id, AlertStatus to, String actor, String note) {
    String by = required("by", actor);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", id);
    parameters.put("from", to.allowedFrom().stream().map(Enum::name).toList());
    parameters.put("to", to.name());
    parameters.put("action", to.name());
    parameters.put("actor", by);
    parameters.put("note", optionalText("note", note));
    parameters.put("now", now());
    Record result = runner.write("risk/change-status", parameters, record -> record).stream().findFirst()
        .orElseThrow(() -> new UnknownAlertException(id));
    if (!result.get("changed").asBoolean()) {
      throw new AlertTransitionRefusedException(id, AlertStatus.valueOf(result.get("before").asString()), to);
    }
    return existing(id);
  }

  /** Assigns the alert to an investigator. */
  Alert assign(String id, String assignee, String actor) {
    Map<String, Object> parameters = Map.of("id", id, "assignee", required("assignee", assignee), "actor",
        required("by", actor), "now", now());
    if (runner.write("risk/assign", parameters, record -> record).isEmpty()) {
      throw new UnknownAlertException(id);
    }
    return existing(id);
  }

  /** Adds a comment to the alert's history. */
  Alert comment(String id, String text, String actor) {
    Map<String, Object> parameters = Map.of("id", id, "text", required("text", text), "actor", required("by", actor),
        "now", now());
    if (runner.write("risk/comment", parameters, record -> record).isEmpty()) {
      throw new UnknownAlertException(id);
    }
    return existing(id);
  }

  /** The history of each of these alerts, oldest entry first. */
  Map<String, List<Alert.Event>> history(List<String> ids) {
    Map<String, List<Alert.Event>> history = runner.read("risk/history", Map.of("ids", ids),
        record -> Map.entry(record.get("id").asString(), record.get("events").asList(Alert.Event::from))).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    return ids.stream().collect(Collectors.toMap(Function.identity(), id -> history.getOrDefault(id, List.of()),
        (a, b) -> a));
  }

  /** The shipments of these alerts, by waybill number. */
  Map<String, Shipment> shipments(List<String> waybillNos) {
    return runner.read("risk/shipments", Map.of("waybillNos", waybillNos),
        record -> Map.entry(record.get("waybillNo").asString(), Shipment.from(record.get("shipment").asNode())))
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
  }

  /** Why the alert was raised: its shipment and the evidence of every rule that fired. */
  Subgraph explanation(String id) {
    return runner.readOne("risk/explanation", Map.of("id", id),
        record -> Subgraph.of(record.get("nodes").asList(Value::asNode),
            record.get("relationships").asList(Value::asRelationship)))
        .orElse(Subgraph.empty());
  }

  /** Per rule: where it fired and how the alerts it fired on were decided. */
  List<RulePrecision> precision() {
    List<RiskRule> all = rules.all();
    Map<String, Record> counts = runner.read("risk/rule-precision",
        Map.of("ruleIds", all.stream().map(RiskRule::id).toList()),
        record -> Map.entry(record.get("ruleId").asString(), record)).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return all.stream().map(rule -> {
      Record row = counts.get(rule.id());
      return RulePrecision.of(rule, row.get("shipments").asLong(), row.get("alerts").asLong(),
          row.get("confirmed").asLong(), row.get("dismissed").asLong());
    }).toList();
  }

  private Alert existing(String id) {
    return alert(id).orElseThrow(() -> new UnknownAlertException(id));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static String required(String argument, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidArgumentException(argument, "must not be blank");
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidArgumentException(argument, "at most " + MAX_TEXT + " characters, was " + value.length());
    }
    return value.strip();
  }

  private static String optionalText(String argument, String value) {
    return value == null || value.isBlank() ? null : required(argument, value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An ISO date (its start, UTC) or date-time with offset, as the date-time text Cypher's datetime() reads. */
  private static String time(String argument, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toString();
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException notDate) {
        throw new InvalidArgumentException(argument, "an ISO-8601 date (2026-05-01) or date-time with offset "
            + "(2026-05-01T08:00:00+08:00), was '" + value + "'");
      }
    }
  }
}
