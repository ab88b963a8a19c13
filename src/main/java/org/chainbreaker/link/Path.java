package org.chainbreaker.link;

import java.util.List;
import org.chainbreaker.model.GraphEdge;
import org.chainbreaker.model.GraphNode;

/** A path in order: nodes from one end to the other, and the edge between each consecutive pair. */
public record Path(int hops, List<GraphNode> nodes, List<GraphEdge> edges) {}
