package org.chainbreaker.takedown;

import org.chainbreaker.api.LongRunning;
import org.chainbreaker.model.Page;
import org.chainbreaker.takedown.Community.CommunityMember;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The hiddenGangs field of takedown.graphqls and its communities' member pages: each names its field and delegates. */
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

  @SchemaMapping
  Window<CommunityMember> members(Community community, ScrollSubrange subrange, @Argument Integer first) {
    return community.members(Page.start(subrange), first).window();
  }
}
