package org.chainbreaker.cli;

/** A command line the command cannot run (unknown option, missing script, bad parameter): exit code 2. */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}
