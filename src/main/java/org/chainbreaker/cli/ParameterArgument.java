package org.chainbreaker.cli;

import java.util.regex.Pattern;

/**
 * One {@code --param} argument: cypher-shell's {@code name => literal} (see {@link CypherLiteral}) or the shorthand
 * {@code name=value}, whose value is an integer, a float, true/false or null when it reads as one, else the text.
 */
record ParameterArgument(String name, Object value) {

  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.\\d+|\\d+(\\.\\d+)?[eE][-+]?\\d+|\\.\\d+)");
  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  static ParameterArgument parse(String argument) {
    int equals = argument.indexOf('=');
    if (equals < 0) {
      throw new UsageException("--param '" + argument + "': expected \"name => literal\" or name=value");
    }
    boolean literal = equals + 1 < argument.length() && argument.charAt(equals + 1) == '>';
    String name = name(argument.substring(0, equals).strip(), argument);
    if (!literal) {
      return new ParameterArgument(name, shorthand(argument.substring(equals + 1)));
    }
    String expression = argument.substring(equals + 2);
    try {
      return new ParameterArgument(name, CypherLiteral.parse(expression));
    } catch (CypherLiteral.InvalidLiteralException e) {
      throw new UsageException("--param " + name + ": invalid literal at position " + e.position() + " of \""
          + expression + "\": " + e.getMessage());
    }
  }

  private static String name(String raw, String argument) {
    if (raw.length() >= 2 && raw.startsWith("`") && raw.endsWith("`")) {
      return raw.substring(1, raw.length() - 1).replace("``", "`");
    }
    String withoutDollar = raw.startsWith("$") ? raw.substring(1) : raw;
    if (!NAME.matcher(withoutDollar).matches()) {
      throw new UsageException("--param '" + argument + "': '" + raw + "' is not a parameter name");
    }
    return withoutDollar;
  }

  private static Object shorthand(String value) {
    String trimmed = value.strip();
    if (INTEGER.matcher(trimmed).matches()) {
      try {
        return Long.parseLong(trimmed);
      } catch (NumberFormatException tooLarge) {
        return value;
      }
    }
    if (FLOAT.matcher(trimmed).matches()) {
      return Double.parseDouble(trimmed);
    }
    if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(trimmed);
    }
    if (trimmed.equalsIgnoreCase("null")) {
      return null;
    }
    return value;
  }
}
