package org.chainbreaker.risk;

/** A status change the alert's current status does not allow (the workflow is NEW -> ACKNOWLEDGED -> decided). */
class AlertTransitionRefusedException extends RuntimeException {

  private final String id;
  private final AlertStatus current;
  private final AlertStatus wanted;

  AlertTransitionRefusedException(String id, AlertStatus current, AlertStatus wanted) {
    super("Alert " + id + " is " + current + ": it cannot become " + wanted + allowed(current));
    this.id = id;
    this.current = current;
    this.wanted = wanted;
  }

  private static String allowed(AlertStatus current) {
    return switch (current) {
      case NEW -> " (acknowledge it first)";
      case ACKNOWLEDGED -> " (confirm or dismiss it)";
      case CONFIRMED, DISMISSED -> " (it is already decided)";
    };
  }

  String id() {
    return id;
  }

  AlertStatus current() {
    return current;
  }

  AlertStatus wanted() {
    return wanted;
  }
}
