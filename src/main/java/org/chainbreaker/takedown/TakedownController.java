package org.chainbreaker.takedown;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of takedown.graphqls: each names its field and delegates. */
@Controller
class TakedownController {

  private final ChainTracer tracer;

  TakedownController(ChainTracer tracer) {
    this.tracer = tracer;
  }

  @QueryMapping
  ChainTrace trace(@Argument TraceInput input) {
    return tracer.trace(input);
  }
}
