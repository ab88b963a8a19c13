package org.chainbreaker.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GraphQL controller whose methods compute at length in Java besides their queries (graph algorithms over
 * projected subgraphs), or serve sibling fields worth running side by side (the parts of one answer, each a query of
 * seconds). Its methods run on the controller pool, so sibling fields run concurrently and a request past its time
 * limit is answered at once even while such a computation is still going. Methods of other controllers run on the
 * request thread (two thread hand-overs less per request): they only wait on the database, and every query they
 * start is bounded by the request's deadline.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LongRunning {}
