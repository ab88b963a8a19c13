package org.chainbreaker.takedown;

import java.util.List;
import org.chainbreaker.model.GraphNode;

/** A person of a traced chain, their stage, where they live, and the evidence that brought them into the chain. */
public record ChainMember(GraphNode person, ChainStage stage, String region, List<String> signals) {}
