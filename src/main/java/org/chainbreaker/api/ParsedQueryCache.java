package org.chainbreaker.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps parsed and validated documents by their text, so the operations clients send again and again (the files of
 * graphql/operations/, a link chart's queries) are parsed and validated once. Validation depends only on the text and
 * the schema, never on variables. Depth and complexity limits are checked at execution, so they still apply.
 */
final class ParsedQueryCache implements PreparsedDocumentProvider {

  private final Map<String, PreparsedDocumentEntry> entries;

  ParsedQueryCache(int capacity) {
    this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String key = input.getQuery() + "\n#operation:" + input.getOperationName();
    PreparsedDocumentEntry entry;
    synchronized (entries) {
      entry = entries.get(key);
    }
    if (entry == null) {
      entry = parseAndValidate.apply(input);
      synchronized (entries) {
        entries.put(key, entry);
      }
    }
    return CompletableFuture.completedFuture(entry);
  }
}
