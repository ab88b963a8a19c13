package org.chainbreaker.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * One write transaction in which a caller runs several scripts (all commit together or none does), adding up what
 * they wrote. Handed out by {@link CypherRunner#writeTogether}; one instance per attempt, so a retried transaction
 * starts its counts afresh.
 */
public final class ScriptTransaction {

  private final TransactionContext tx;
  private final CypherScripts scripts;
  private long nodesCreated;
  private long relationshipsCreated;
  private long propertiesSet;

  ScriptTransaction(TransactionContext tx, CypherScripts scripts) {
    this.tx = tx;
    this.scripts = scripts;
  }

  /** Runs a script by name in this transaction and returns its records (all of them, read before the next call). */
  public List<Record> run(String script, Map<String, ?> parameters) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) parameters;
    var result = tx.run(new Query(scripts.text(script), values));
    List<Record> records = result.list();
    SummaryCounters counters = result.consume().counters();
    nodesCreated += counters.nodesCreated();
    relationshipsCreated += counters.relationshipsCreated();
    propertiesSet += counters.propertiesSet();
    return records;
  }

  /** Nodes the scripts run so far created. */
  public long nodesCreated() {
    return nodesCreated;
  }

  /** Relationships the scripts run so far created. */
  public long relationshipsCreated() {
    return relationshipsCreated;
  }

  /** Properties the scripts run so far set. */
  public long propertiesSet() {
    return propertiesSet;
  }
}
