package org.chainbreaker.risk.webhook;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of webhook delivery over HTTP: {@code GET /alerts/{alertId}/deliveries} (one per configured endpoint,
 * with every attempt), {@code GET /webhooks/deliveries/{id}}, and {@code POST /webhooks/deliveries/{id}/retry} to
 * send a FAILED delivery again.
 */
@RestController
class WebhookDeliveryController {

  private final WebhookDeliveries deliveries;

  WebhookDeliveryController(WebhookDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @GetMapping("/alerts/{alertId}/deliveries")
  List<WebhookDelivery> alertDeliveries(@PathVariable String alertId) {
    return deliveries.forAlert(alertId);
  }

  @GetMapping("/webhooks/deliveries/{id}")
  WebhookDelivery delivery(@PathVariable String id) {
    return deliveries.delivery(id);
  }

  @PostMapping("/webhooks/deliveries/{id}/retry")
  WebhookDelivery retry(@PathVariable String id) {
    return deliveries.retry(id);
  }
}
