package org.chainbreaker.graph;

/** A query could not finish before the deadline of the request it served (see {@link RequestDeadline}). */
public class RequestDeadlineExceededException extends RuntimeException {

  private final RequestDeadline deadline;

  RequestDeadlineExceededException(RequestDeadline deadline, Throwable cause) {
    super("The request ran longer than its limit of " + deadline.limit().toMillis() + " ms", cause);
    this.deadline = deadline;
  }

  /** The deadline that passed. */
  public RequestDeadline deadline() {
    return deadline;
  }
}
