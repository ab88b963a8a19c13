package org.chainbreaker.takedown;

import java.util.List;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.model.Subgraph;

/**
 * A traced chain: the subgraph of people, shipments (and accounts) it found, each person's stage, figures and a
 * short summary an investigator can paste into a report.
 */
public record ChainTrace(GraphNode start, Subgraph subgraph, List<ChainMember> people, int shipments,
    double weightKg, String firstSentAt, String lastSentAt, String summary, boolean capped) {}
