package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;

class WriteFailureTests {

  static Neo4jException error(String kind, String code) {
    return switch (kind) {
      case "client" -> new ClientException(code, "the database's message");
      case "terminated" -> new TransactionTerminatedException(code, "the database's message");
      case "transient" -> new TransientException(code, "the database's message");
      case "database" -> new DatabaseException(code, "the database's message");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what the database met (as Neo4j 5.26 reports it)          | exception | code                                                        | failure
      a uniqueness constraint broken                              | client    | Neo.ClientError.Schema.ConstraintValidationFailed           | ROW_REFUSED
      a map or a mixed list as a property value                   | client    | Neo.ClientError.Statement.TypeError                         | ROW_REFUSED
      a point of a map without coordinates                        | client    | Neo.ClientError.Statement.ArgumentError                     | ROW_REFUSED
      a division by zero                                          | client    | Neo.ClientError.Statement.ArithmeticError                   | ROW_REFUSED
      a MERGE on a null key                                       | client    | Neo.ClientError.Statement.SemanticError                     | ROW_REFUSED
      a text that is no date                                      | client    | Neo.ClientError.Statement.SyntaxError                       | ROW_REFUSED
      a value too large for an index                              | database  | Neo.DatabaseError.Statement.ExecutionFailed                 | ROW_REFUSED
      the service's timeout, the write running                    | client    | Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration | TIMED_OUT
      db.transaction.timeout, the write running                   | client    | Neo.ClientError.Transaction.TransactionTimedOut             | TIMED_OUT
      a timeout or TERMINATE while waiting for a lock             | client    | Neo.ClientError.Transaction.LockClientStopped               | ENDED
      TERMINATE TRANSACTION, the write running                    | terminated | Neo.ClientError.Transaction.Terminated                     | ENDED
      a terminated write from a server before 5.0                 | terminated | Neo.TransientError.Transaction.Terminated                  | ENDED
      db.lock.acquisition.timeout, past the driver's retries      | transient | Neo.TransientError.Transaction.LockAcquisitionTimeout       | BUSY
      a deadlock, past the driver's retries                       | transient | Neo.TransientError.Transaction.DeadlockDetected             | BUSY
      a database unavailable, past the driver's retries           | transient | Neo.TransientError.General.DatabaseUnavailable              | BUSY
      a database that does not exist                              | client    | Neo.ClientError.Database.DatabaseNotFound                   | FAILED
      a parameter the script needs and was not given              | client    | Neo.ClientError.Statement.ParameterMissing                  | FAILED
      a write refused to a read-only database                     | client    | Neo.ClientError.General.ForbiddenOnReadOnlyDatabase         | FAILED
      the database's own failure                                  | database  | Neo.DatabaseError.General.UnknownError                      | FAILED
      """)
  void theStatusCodeSaysWhetherARowOrTheWriteFailed(String what, String kind, String code, WriteFailure failure) {
    assertThat(WriteFailure.of(error(kind, code))).as(what).isEqualTo(failure);
  }

  @Test
  void aLostConnectionIsTheDatabaseOutOfReach() {
    assertThat(WriteFailure.of(new ServiceUnavailableException("connection lost"))).isEqualTo(WriteFailure.BUSY);
  }

  @Test
  void aTimedOutBatchSaysItsRowsWereFineAndWhatToChange() {
    String reason = new BatchWriteFailed("waybills.csv", 2, 1001, 0, 0,
        error("client", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")).reason(4000, "IJ-1");
    assertThat(reason)
        .startsWith("database error: the database gave up writing lines 2 to 1001 of waybills.csv when it took longer "
            + "than one write may take, so the import stopped there. That batch was not written; the 4000 row(s) "
            + "imported before it are kept, and nothing after it was written. Nothing was wrong with its rows")
        .contains("chainbreaker.graph.query-timeout", "chainbreaker.ingest.batch-size", "Import the same input again")
        .endsWith("the service log has the database's own message under job IJ-1.")
        .doesNotContain("transaction", "Neo.");
  }

  @Test
  void aBatchEndedWhileItsRowsWereWrittenOneByOneSaysWhichWereKeptAndWhichRefused() {
    String reason = new BatchWriteFailed("waybills.csv", 2, 11, 3, 1,
        error("client", "Neo.ClientError.Transaction.LockClientStopped")).reason(103, "IJ-2");
    assertThat(reason).startsWith("database error: the database ended the write of lines 2 to 11 of waybills.csv "
        + "before it finished, so the import stopped there. Of that batch, the 3 row(s) written one by one before the "
        + "failure are kept and the 1 row(s) the database refused are rejected, the rest not written; the 100 row(s) "
        + "imported before it are kept");
  }
}
