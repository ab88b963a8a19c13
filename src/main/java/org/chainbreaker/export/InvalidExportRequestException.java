package org.chainbreaker.export;

/** An export request the service cannot run (unknown format or subject, bad limit, no ids): HTTP 400, exit code 2. */
class InvalidExportRequestException extends RuntimeException {

  private final String parameter;

  InvalidExportRequestException(String parameter, String problem) {
    super("Invalid parameter '" + parameter + "': " + problem);
    this.parameter = parameter;
  }

  /** The request parameter or command option at fault. */
  String parameter() {
    return parameter;
  }
}
