package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.chainbreaker.risk.AlertRaised;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AlertPayloadTests {

  static final AlertRaised ALERT = new AlertRaised("AL-1", "SF1234567890", 7.5, 5.0,
      List.of(new AlertRaised.RuleHit("border-origin", "Border origin, inland destination", 4.0, "from 533100"),
          new AlertRaised.RuleHit("shared-phone", "Phone used by 3+ names", 3.5, "13800000000: 4 names")),
      OffsetDateTime.parse("2026-03-01T18:15:00+08:00"));

  @Test
  void payloadCarriesTheAlertFieldsTheEventAndTheDeliveryId() {
    JsonNode json = JsonMapper.builder().build().readTree(AlertPayload.of(ALERT, "D-1").json());
    assertThat(json.get("event").asString()).isEqualTo("alert.raised");
    assertThat(json.get("deliveryId").asString()).isEqualTo("D-1");
    assertThat(json.get("alertId").asString()).isEqualTo("AL-1");
    assertThat(json.get("waybillNo").asString()).isEqualTo("SF1234567890");
    assertThat(json.get("score").asDouble()).isEqualTo(7.5);
    assertThat(json.get("threshold").asDouble()).isEqualTo(5.0);
    assertThat(json.get("raisedAt").asString()).as("ISO-8601 in UTC").isEqualTo("2026-03-01T10:15:00Z");
    assertThat(json.get("rules")).hasSize(2);
    assertThat(json.get("rules").get(0).get("ruleId").asString()).isEqualTo("border-origin");
    assertThat(json.get("rules").get(0).get("weight").asDouble()).isEqualTo(4.0);
    assertThat(json.get("rules").get(1).get("evidence").asString()).isEqualTo("13800000000: 4 names");
  }

  @Test
  void deliveryIdIsStablePerAlertAndEndpoint() {
    assertThat(AlertPayload.deliveryId("AL-1", "case-a")).isEqualTo(AlertPayload.deliveryId("AL-1", "case-a"))
        .isNotEqualTo(AlertPayload.deliveryId("AL-1", "case-b"))
        .isNotEqualTo(AlertPayload.deliveryId("AL-2", "case-a"));
  }
}
