package org.chainbreaker.takedown;

import org.chainbreaker.api.LongRunning;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of takedown.graphqls: each names its field and delegates. */
@Controller
@LongRunning
class KeyPlayerController {

  private final KeyPlayerAnalysis analysis;

  KeyPlayerController(KeyPlayerAnalysis analysis) {
    this.analysis = analysis;
  }

  @QueryMapping
  KeyPlayers keyPlayers(@Argument KeyPlayersInput input) {
    return analysis.keyPlayers(input);
  }
}
