package org.chainbreaker.takedown;

/** The GDS community-detection algorithm of a hidden-gangs analysis, each one script of {@code cypher/takedown/}. */
public enum CommunityAlgorithm {
  LEIDEN("takedown/communities-leiden"),
  LOUVAIN("takedown/communities-louvain");

  private final String script;

  CommunityAlgorithm(String script) {
    this.script = script;
  }

  String script() {
    return script;
  }
}
