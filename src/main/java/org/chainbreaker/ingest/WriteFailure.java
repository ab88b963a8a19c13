package org.chainbreaker.ingest;

import java.util.Set;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * What an error of the database while writing rows says, by its Neo4j status code: a value of a row broke a rule of the
 * database (only that row is refused, the rest of its batch imports), or the write itself failed whatever its rows (the
 * job stops). The exception's class does not tell: a write that ran out of time or was ended arrives as a
 * {@code ClientException}, as a broken uniqueness constraint does.
 */
enum WriteFailure {

  /** A value of a row breaks a rule of the database: that row is rejected, the others written. */
  ROW_REFUSED,
  /** The write ran longer than the time one write may take ({@code chainbreaker.graph.query-timeout}). */
  TIMED_OUT,
  /**
   * The write was ended before it finished: terminated by an administrator, or its wait for what another write held
   * was stopped (it ran out of time, was terminated, or the database was stopping).
   */
  ENDED,
  /** The database was busy or out of reach for longer than the driver retries. */
  BUSY,
  /** Any other failure of the database. */
  FAILED;

  /**
   * The codes a row's values can cause, as Neo4j 5 reports them (each provoked on the embedded database): a uniqueness
   * constraint broken ({@code ConstraintValidationFailed}); a value Cypher cannot store or compute with ({@code
   * TypeError}: a map or a mixed list as a property; {@code ArgumentError}; {@code ArithmeticError}); a MERGE on a null
   * key ({@code SemanticError}); a text Cypher cannot read as the type it needs ({@code SyntaxError}: {@code
   * date('2026-13-45')} or a string where a map is expected); a value too large for an index ({@code
   * Neo.DatabaseError.Statement.ExecutionFailed}, the database's generic failure of a statement).
   */
  private static final Set<String> ROW_CODES = Set.of(
      "Neo.ClientError.Schema.ConstraintValidationFailed",
      "Neo.ClientError.Statement.TypeError",
      "Neo.ClientError.Statement.ArgumentError",
      "Neo.ClientError.Statement.ArithmeticError",
      "Neo.ClientError.Statement.SemanticError",
      "Neo.ClientError.Statement.SyntaxError",
      "Neo.DatabaseError.Statement.ExecutionFailed");

  /**
   * Ended writes: {@code Terminated} (TERMINATE TRANSACTION, a database stopping) and {@code LockClientStopped} (what a
   * write waiting for another write's lock gets when it times out or is terminated); the TransientError forms are
   * those of servers before 5.0.
   */
  private static final Set<String> ENDED_CODES = Set.of(
      "Neo.ClientError.Transaction.Terminated",
      "Neo.ClientError.Transaction.LockClientStopped",
      "Neo.TransientError.Transaction.Terminated",
      "Neo.TransientError.Transaction.LockClientStopped");

  /** What the error says about the rows being written. */
  static WriteFailure of(Neo4jException error) {
    String code = String.valueOf(error.code());
    if (ROW_CODES.contains(code)) {
      return ROW_REFUSED;
    }
    // TransactionTimedOut (db.transaction.timeout) and TransactionTimedOutClientConfiguration (the service's timeout)
    if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
      return TIMED_OUT;
    }
    if (ENDED_CODES.contains(code)) {
      return ENDED;
    }
    return error instanceof RetryableException ? BUSY : FAILED;
  }
}
