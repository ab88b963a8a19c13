package org.chainbreaker.risk;

/** No alert has the id asked for. */
class UnknownAlertException extends RuntimeException {

  private final String id;

  UnknownAlertException(String id) {
    super("No alert '" + id + "'; alert ids look like Alert/SF000000000001");
    this.id = id;
  }

  String id() {
    return id;
  }
}
