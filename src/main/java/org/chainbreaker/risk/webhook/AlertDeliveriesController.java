package org.chainbreaker.risk.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainbreaker.risk.Alert;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** GraphQL {@code Alert.deliveries}: the record of delivery of every alert of a response, read in one query. */
@Controller
class AlertDeliveriesController {

  private final WebhookDeliveries deliveries;

  AlertDeliveriesController(WebhookDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @BatchMapping(typeName = "Alert")
  Map<Alert, List<WebhookDelivery>> deliveries(List<Alert> alerts) {
    Map<String, List<WebhookDelivery>> byId = deliveries.forAlerts(alerts.stream().map(Alert::id).distinct().toList());
    Map<Alert, List<WebhookDelivery>> byAlert = new LinkedHashMap<>();
    alerts.forEach(alert -> byAlert.put(alert, byId.getOrDefault(alert.id(), List.of())));
    return byAlert;
  }
}
