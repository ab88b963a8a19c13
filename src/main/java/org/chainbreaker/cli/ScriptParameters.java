package org.chainbreaker.cli;

import java.util.LinkedHashSet;
import java.util.Set;

/** The parameters a Cypher text uses: each {@code $name} outside string literals, comments and quoted names. */
final class ScriptParameters {

  private ScriptParameters() {}

  /** Parameter names in order of first use, without the dollar sign. */
  static Set<String> referenced(String cypher) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    int length = cypher.length();
    while (i < length) {
      char c = cypher.charAt(i);
      if (c == '/' && i + 1 < length && cypher.charAt(i + 1) == '/') {
        int end = cypher.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
      } else if (c == '/' && i + 1 < length && cypher.charAt(i + 1) == '*') {
        int end = cypher.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
      } else if (c == '\'' || c == '"') {
        i = afterString(cypher, i);
      } else if (c == '`') {
        i = afterQuotedName(cypher, i);
      } else if (c == '$') {
        int start = i + 1;
        if (start < length && cypher.charAt(start) == '`') {
          int end = afterQuotedName(cypher, start);
          names.add(cypher.substring(start + 1, Math.max(start + 1, end - 1)).replace("``", "`"));
          i = end;
        } else {
          int end = start;
          while (end < length && (Character.isLetterOrDigit(cypher.charAt(end)) || cypher.charAt(end) == '_')) {
            end++;
          }
          if (end > start) {
            names.add(cypher.substring(start, end));
          }
          i = end;
        }
      } else {
        i++;
      }
    }
    return names;
  }

  private static int afterString(String cypher, int open) {
    char quote = cypher.charAt(open);
    int i = open + 1;
    while (i < cypher.length()) {
      char c = cypher.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return cypher.length();
  }

  private static int afterQuotedName(String cypher, int open) {
    int i = open + 1;
    while (i < cypher.length()) {
      if (cypher.charAt(i) == '`') {
        if (i + 1 < cypher.length() && cypher.charAt(i + 1) == '`') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return cypher.length();
  }
}
