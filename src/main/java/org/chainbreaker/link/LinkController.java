package org.chainbreaker.link;

import java.util.List;
import org.chainbreaker.model.Page;
import org.chainbreaker.model.RegionLevel;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** GraphQL fields of link.graphqls: each names its field and delegates to {@link LinkAnalysis}. */
@Controller
class LinkController {

  private final LinkAnalysis analysis;

  LinkController(LinkAnalysis analysis) {
    this.analysis = analysis;
  }

  @QueryMapping
  Neighbourhood neighbourhood(@Argument NeighbourhoodInput input) {
    return analysis.neighbourhood(input);
  }

  @QueryMapping
  List<Path> paths(@Argument PathInput input) {
    return analysis.paths(input);
  }

  @QueryMapping
  Window<CommonConnection> commonConnections(@Argument List<String> ids, ScrollSubrange subrange,
      @Argument Integer first) {
    return analysis.commonConnections(ids, Page.start(subrange), first).window();
  }

  @QueryMapping
  CrossRegionLinks crossRegionLinks(@Argument CrossRegionInput input) {
    return analysis.crossRegionLinks(input);
  }

  @QueryMapping
  Window<RegionLink> regionLinks(@Argument String code, @Argument RegionLevel level, @Argument TimeWindow window,
      ScrollSubrange subrange, @Argument Integer first) {
    return analysis.regionLinks(code, level, window, Page.start(subrange), first).window();
  }

  @QueryMapping
  Window<RegionFlow> regionFlows(@Argument RegionFlowInput input, ScrollSubrange subrange, @Argument Integer first) {
    return analysis.regionFlows(input, Page.start(subrange), first).window();
  }

  @QueryMapping
  Window<TimelineEvent> timeline(@Argument String id, @Argument TimeWindow window, ScrollSubrange subrange,
      @Argument Integer first) {
    return analysis.timeline(id, window, Page.start(subrange), first).window();
  }
}
