package org.chainbreaker.takedown;

import org.chainbreaker.api.LongRunning;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of takedown.graphqls: each names its field and delegates. */
@Controller
@LongRunning
class TakedownController {

  private final ChainTracer tracer;
  private final ArrestPlanner planner;
  private final TakedownSimulator simulator;

  TakedownController(ChainTracer tracer, ArrestPlanner planner, TakedownSimulator simulator) {
    this.tracer = tracer;
    this.planner = planner;
    this.simulator = simulator;
  }

  @QueryMapping
  ChainTrace trace(@Argument TraceInput input) {
    return tracer.trace(input);
  }

  @QueryMapping
  ArrestPlan arrestPlan(@Argument ArrestPlanInput input) {
    return planner.plan(input);
  }

  @QueryMapping
  TakedownSimulation takedownSimulation(@Argument TakedownSimulationInput input) {
    return simulator.simulate(input);
  }
}
