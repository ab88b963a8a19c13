package org.chainbreaker.risk.webhook;

import java.util.List;
import org.chainbreaker.risk.Alert;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record of webhook delivery over HTTP: an alert's deliveries (one per configured endpoint, with every attempt),
 * {@code GET /webhooks/deliveries/{id}}, and {@code POST /webhooks/deliveries/{id}/retry} to send a FAILED delivery
 * again.
 *
 * <p>Alert ids contain a slash ({@code Alert/EM711149604865}), which a single path variable cannot hold (Tomcat
 * refuses an encoded {@code %2F} with 400), so an alert's deliveries answer at the id as it reads,
 * {@code /alerts/Alert/{waybillNo}/deliveries}, at its bare waybill number, {@code /alerts/{waybillNo}/deliveries},
 * and for any id at {@code /webhooks/deliveries?alertId=...}.
 */
@RestController
class WebhookDeliveryController {

  private final WebhookDeliveries deliveries;

  WebhookDeliveryController(WebhookDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @GetMapping("/alerts/Alert/{waybillNo}/deliveries")
  List<WebhookDelivery> alertDeliveries(@PathVariable String waybillNo) {
    return deliveries.forAlert(Alert.idOf(waybillNo));
  }

  @GetMapping("/alerts/{alertIdOrWaybillNo}/deliveries")
  List<WebhookDelivery> alertDeliveriesByWaybill(@PathVariable String alertIdOrWaybillNo) {
    return deliveries.forAlertOrWaybill(alertIdOrWaybillNo);
  }

  @GetMapping(path = "/webhooks/deliveries", params = "alertId")
  List<WebhookDelivery> alertDeliveriesById(@RequestParam String alertId) {
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
