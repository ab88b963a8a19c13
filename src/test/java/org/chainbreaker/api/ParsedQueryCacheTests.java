package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedQueryCacheTests {

  final AtomicInteger parses = new AtomicInteger();
  final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
    parses.incrementAndGet();
    return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
  };

  static ExecutionInput query(String text) {
    return ExecutionInput.newExecutionInput(text).build();
  }

  @Test
  void sameTextIsParsedOnceWhateverTheVariables() {
    ParsedQueryCache cache = new ParsedQueryCache(10);
    cache.getDocumentAsync(ExecutionInput.newExecutionInput("query($id: ID!) { person(id: $id) { name } }")
        .variables(java.util.Map.of("id", "Person/P1")).build(), parse).join();
    PreparsedDocumentEntry again = cache.getDocumentAsync(ExecutionInput.newExecutionInput(
        "query($id: ID!) { person(id: $id) { name } }").variables(java.util.Map.of("id", "Person/P2")).build(), parse)
        .join();
    assertThat(parses).hasValue(1);
    assertThat(again.getDocument()).isNotNull();
  }

  @Test
  void leastRecentlyUsedTextIsDroppedBeyondCapacity() {
    ParsedQueryCache cache = new ParsedQueryCache(2);
    cache.getDocumentAsync(query("{ a }"), parse).join();
    cache.getDocumentAsync(query("{ b }"), parse).join();
    cache.getDocumentAsync(query("{ a }"), parse).join();
    cache.getDocumentAsync(query("{ c }"), parse).join();
    assertThat(parses).as("a, b and c parsed; a again was cached").hasValue(3);
    cache.getDocumentAsync(query("{ a }"), parse).join();
    assertThat(parses).as("a was used more recently than b, so b was dropped, not a").hasValue(3);
    cache.getDocumentAsync(query("{ b }"), parse).join();
    assertThat(parses).hasValue(4);
  }
}
