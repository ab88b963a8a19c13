package org.chainbreaker.api;

/** A GraphQL argument failed validation; the message names the argument and what is allowed. */
public class InvalidArgumentException extends RuntimeException {

  private final String argument;

  public InvalidArgumentException(String argument, String problem) {
    super("Invalid argument '" + argument + "': " + problem);
    this.argument = argument;
  }

  /** The argument's name, as in the SDL. */
  public String argument() {
    return argument;
  }
}
