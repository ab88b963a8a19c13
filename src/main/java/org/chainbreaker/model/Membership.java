package org.chainbreaker.model;

/** A {@code (:Person)-[:MEMBER_OF {role}]->(:Gang)} link, with both ends' ids. */
public record Membership(String personId, String gangId, GangRole role, String since) {}
