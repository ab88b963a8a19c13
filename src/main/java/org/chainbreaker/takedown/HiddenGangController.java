package org.chainbreaker.takedown;

import org.chainbreaker.api.LongRunning;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The hiddenGangs field of takedown.graphqls: names its field and delegates. */
@Controller
@LongRunning
class HiddenGangController {

  private final HiddenGangAnalysis analysis;

  HiddenGangController(HiddenGangAnalysis analysis) {
    this.analysis = analysis;
  }

  @QueryMapping
  HiddenGangs hiddenGangs(@Argument HiddenGangsInput input) {
    return analysis.hiddenGangs(input);
  }
}
