package org.chainbreaker.link;

import java.util.List;
import org.chainbreaker.model.Gang;
import org.chainbreaker.model.GraphNode;

/** A known gang with members living in both regions. */
public record GangSpan(Gang gang, int membersInA, int membersInB, List<GraphNode> members) {}
