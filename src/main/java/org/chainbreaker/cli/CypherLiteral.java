package org.chainbreaker.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Cypher literal as cypher-shell's {@code --param "name => literal"} takes it — strings in single or double quotes
 * with Cypher's escapes, integers (decimal, 0x hex, 0o octal), floats, true/false, null, lists and maps, nested —
 * parsed here rather than evaluated by the server, so no user text ever becomes Cypher. Integers are
 * {@link Long}, floats {@link Double}, lists {@link List} and maps {@link LinkedHashMap}, as the driver sends them.
 */
final class CypherLiteral {

  /** A literal that does not parse; {@code position} is 1-based in the literal's text. */
  static final class InvalidLiteralException extends Exception {
    private final int position;

    InvalidLiteralException(int position, String reason) {
      super(reason);
      this.position = position;
    }

    int position() {
      return position;
    }
  }

  private final String text;
  private int pos;

  private CypherLiteral(String text) {
    this.text = text;
  }

  /** The value of one complete literal (surrounding whitespace allowed). */
  static Object parse(String text) throws InvalidLiteralException {
    CypherLiteral parser = new CypherLiteral(text);
    Object value = parser.value();
    parser.skipWhitespace();
    if (!parser.atEnd()) {
      throw parser.error("unexpected '" + parser.peek() + "' after the value");
    }
    return value;
  }

  private Object value() throws InvalidLiteralException {
    skipWhitespace();
    if (atEnd()) {
      throw error("expected a value but the text ended");
    }
    char c = peek();
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == '[') {
      return list();
    }
    if (c == '{') {
      return map();
    }
    if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
      return number();
    }
    if (Character.isLetter(c)) {
      return word();
    }
    throw error("unexpected '" + c + "': expected a string, number, true, false, null, list or map");
  }

  private String string() throws InvalidLiteralException {
    int start = pos;
    char quote = text.charAt(pos++);
    StringBuilder value = new StringBuilder();
    while (!atEnd()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (atEnd()) {
        break;
      }
      char escaped = text.charAt(pos++);
      switch (escaped) {
        case '\\', '\'', '"' -> value.append(escaped);
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> value.appendCodePoint(hexEscape(4));
        case 'U' -> value.appendCodePoint(hexEscape(8));
        default -> {
          pos -= 2;
          throw error("unknown escape '\\" + escaped + "' in a string");
        }
      }
    }
    pos = start;
    throw error("string not closed: no " + quote + " matches the one here");
  }

  private int hexEscape(int digits) throws InvalidLiteralException {
    int start = pos - 2;
    if (pos + digits > text.length()) {
      pos = start;
      throw error("\\" + text.charAt(start + 1) + " escape needs " + digits + " hex digits");
    }
    String hex = text.substring(pos, pos + digits);
    try {
      int codePoint = Integer.parseInt(hex, 16);
      if (!Character.isValidCodePoint(codePoint)) {
        throw new NumberFormatException();
      }
      pos += digits;
      return codePoint;
    } catch (NumberFormatException e) {
      pos = start;
      throw error("invalid escape '\\" + text.charAt(start + 1) + hex + "'");
    }
  }

  private List<Object> list() throws InvalidLiteralException {
    pos++;
    List<Object> values = new ArrayList<>();
    skipWhitespace();
    if (consume(']')) {
      return values;
    }
    while (true) {
      values.add(value());
      skipWhitespace();
      if (consume(']')) {
        return values;
      }
      if (!consume(',')) {
        throw error(atEnd() ? "list not closed: expected ',' or ']'" : "expected ',' or ']' in a list");
      }
    }
  }

  private Map<String, Object> map() throws InvalidLiteralException {
    pos++;
    Map<String, Object> values = new LinkedHashMap<>();
    skipWhitespace();
    if (consume('}')) {
      return values;
    }
    while (true) {
      skipWhitespace();
      String key = key();
      skipWhitespace();
      if (!consume(':')) {
        throw error("expected ':' after the map key '" + key + "'");
      }
      values.put(key, value());
      skipWhitespace();
      if (consume('}')) {
        return values;
      }
      if (!consume(',')) {
        throw error(atEnd() ? "map not closed: expected ',' or '}'" : "expected ',' or '}' in a map");
      }
    }
  }

  private String key() throws InvalidLiteralException {
    if (atEnd()) {
      throw error("expected a map key but the text ended");
    }
    if (peek() == '`') {
      int start = pos++;
      StringBuilder key = new StringBuilder();
      while (!atEnd()) {
        char c = text.charAt(pos++);
        if (c != '`') {
          key.append(c);
        } else if (!atEnd() && peek() == '`') {
          key.append('`');
          pos++;
        } else {
          return key.toString();
        }
      }
      pos = start;
      throw error("quoted map key not closed: no ` matches the one here");
    }
    int start = pos;
    while (!atEnd() && isIdentifierPart(peek())) {
      pos++;
    }
    if (start == pos || Character.isDigit(text.charAt(start))) {
      pos = start;
      throw error("expected a map key (a name, or a `quoted name`)");
    }
    return text.substring(start, pos);
  }

  private Object number() throws InvalidLiteralException {
    int start = pos;
    boolean negative = consume('-');
    if (!negative) {
      consume('+');
    }
    int radix = 10;
    if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
      radix = 16;
      pos += 2;
    } else if (text.startsWith("0o", pos) || text.startsWith("0O", pos)) {
      radix = 8;
      pos += 2;
    }
    int digitsStart = pos;
    boolean floating = false;
    if (radix == 10) {
      skipDigits();
      if (!atEnd() && peek() == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
        floating = true;
        pos++;
        skipDigits();
      }
      if (pos > digitsStart && !atEnd() && (peek() == 'e' || peek() == 'E')) {
        floating = true;
        pos++;
        if (!consume('-')) {
          consume('+');
        }
        int exponent = pos;
        skipDigits();
        if (pos == exponent) {
          throw error("expected digits of the exponent");
        }
      }
    } else {
      while (!atEnd() && Character.digit(peek(), radix) >= 0) {
        pos++;
      }
    }
    if (pos == digitsStart) {
      pos = start;
      throw error("expected a number");
    }
    if (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
      throw error("unexpected '" + peek() + "' in a number");
    }
    String digits = text.substring(digitsStart, pos).replace("_", "");
    try {
      if (floating) {
        double value = Double.parseDouble(digits);
        return negative ? -value : value;
      }
      return Long.parseLong((negative ? "-" : "") + digits, radix);
    } catch (NumberFormatException e) {
      String literal = text.substring(start, pos);
      pos = start;
      throw error("number out of range: " + literal);
    }
  }

  private void skipDigits() {
    while (!atEnd() && (Character.isDigit(peek()) || (peek() == '_' && pos + 1 < text.length()
        && Character.isDigit(text.charAt(pos + 1))))) {
      pos++;
    }
  }

  private Object word() throws InvalidLiteralException {
    int start = pos;
    while (!atEnd() && isIdentifierPart(peek())) {
      pos++;
    }
    String word = text.substring(start, pos);
    switch (word.toLowerCase(Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        pos = start;
        throw error("'" + word + "' is not a literal: only strings in quotes, numbers, true, false, null, "
            + "lists and maps are accepted (no functions or variables; pass e.g. a date as an ISO string)");
    }
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private void skipWhitespace() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private boolean consume(char expected) {
    if (!atEnd() && peek() == expected) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private InvalidLiteralException error(String reason) {
    return new InvalidLiteralException(pos + 1, reason);
  }
}
