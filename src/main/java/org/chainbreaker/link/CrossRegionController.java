package org.chainbreaker.link;

import org.chainbreaker.api.LongRunning;
import org.chainbreaker.model.Page;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * The parts of a {@code crossRegionLinks} answer (link.graphqls): independent queries of up to seconds each for two
 * provinces, so they run side by side on the controller pool ({@link LongRunning}) rather than one after another on
 * the request thread.
 */
@Controller
@LongRunning
class CrossRegionController {

  private final LinkAnalysis analysis;

  CrossRegionController(LinkAnalysis analysis) {
    this.analysis = analysis;
  }

  @SchemaMapping
  Window<CrossRegionShipment> shipments(CrossRegionLinks links, ScrollSubrange subrange, @Argument Integer first) {
    return analysis.crossRegionShipments(links.input(), Page.start(subrange), first).window();
  }

  @SchemaMapping
  Window<Path> chains(CrossRegionLinks links, ScrollSubrange subrange, @Argument Integer first) {
    return analysis.crossRegionChains(links.input(), Page.start(subrange), first).window();
  }

  @SchemaMapping
  Window<CrossRegionPerson> people(CrossRegionLinks links, ScrollSubrange subrange, @Argument Integer first) {
    return analysis.crossRegionPeople(links.input(), Page.start(subrange), first).window();
  }

  @SchemaMapping
  Window<GangSpan> gangs(CrossRegionLinks links, ScrollSubrange subrange, @Argument Integer first) {
    return analysis.crossRegionGangs(links.input(), Page.start(subrange), first).window();
  }
}
