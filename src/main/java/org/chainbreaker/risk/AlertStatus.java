package org.chainbreaker.risk;

import java.util.List;

/** Where an alert stands: NEW -> ACKNOWLEDGED -> CONFIRMED or DISMISSED; no other move is allowed. */
public enum AlertStatus {
  NEW, ACKNOWLEDGED, CONFIRMED, DISMISSED;

  /** The statuses an alert may move to this one from. */
  List<AlertStatus> allowedFrom() {
    return switch (this) {
      case NEW -> List.of();
      case ACKNOWLEDGED -> List.of(NEW);
      case CONFIRMED, DISMISSED -> List.of(ACKNOWLEDGED);
    };
  }
}
