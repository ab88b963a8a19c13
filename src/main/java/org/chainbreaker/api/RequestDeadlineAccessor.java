package org.chainbreaker.api;

import io.micrometer.context.ThreadLocalAccessor;
import org.chainbreaker.graph.RequestDeadline;

/**
 * Carries the request's {@link RequestDeadline} from the Reactor context that {@link RequestTimeout} writes to the
 * thread that runs each controller method: Spring for GraphQL restores registered thread-locals around every data
 * fetcher, on the request thread and on the controller pool alike.
 */
final class RequestDeadlineAccessor implements ThreadLocalAccessor<RequestDeadline> {

  /** Key of the deadline in the Reactor and GraphQL contexts. */
  static final String KEY = "chainbreaker.request-deadline";

  @Override
  public Object key() {
    return KEY;
  }

  @Override
  public RequestDeadline getValue() {
    return RequestDeadline.current().orElse(null);
  }

  @Override
  public void setValue(RequestDeadline value) {
    RequestDeadline.set(value);
  }

  @Override
  public void setValue() {
    RequestDeadline.clear();
  }
}
