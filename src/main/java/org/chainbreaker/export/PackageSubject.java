package org.chainbreaker.export;

/**
 * What a case package is about: a case, gang, person, seizure or shipment (by entity id), or a selection of entities
 * (the nodes of a trace, an arrest plan or a simulation scope as GraphQL returned them).
 *
 * @param kind {@code case}, {@code gang}, {@code person}, {@code seizure}, {@code shipment} or {@code selection}
 * @param id the subject's entity id; null for a selection
 * @param title what the case system shows as the package's name
 */
public record PackageSubject(String kind, String id, String title) {}
