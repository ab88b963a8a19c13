package org.chainbreaker.takedown;

import java.util.List;
import org.chainbreaker.model.GraphNode;

/**
 * One ranked person, with the measures behind the rank and the reasons in words.
 *
 * @param rank 1 for the most important person of the scope
 * @param person the person
 * @param score the combined score, 0 to 1 (formula in takedown.graphqls)
 * @param degree distinct contacts inside the scope
 * @param degreeRank place by degree (1 = most contacts)
 * @param tieStrength average link weight per contact (weighted degree / degree)
 * @param tieStrengthRank place by tie strength
 * @param pageRank weighted PageRank in the scope's contact graph
 * @param pageRankRank place by PageRank
 * @param betweenness betweenness centrality (shortest contact chains through the person)
 * @param betweennessRank place by betweenness
 * @param articulationPoint whether removing the person splits the scope
 * @param gangs known gangs the person belongs to or in which two or more of their contacts are members, sorted
 * @param provinces provinces where the person and their gang-member contacts live, sorted
 * @param broker whether the person links two or more known gangs
 * @param reasons why the person ranks, in an investigator's words
 */
public record KeyPlayer(int rank, GraphNode person, double score, int degree, int degreeRank, double tieStrength,
    int tieStrengthRank, double pageRank,
    int pageRankRank, double betweenness, int betweennessRank, boolean articulationPoint, List<String> gangs,
    List<String> provinces, boolean broker, List<String> reasons) {}
