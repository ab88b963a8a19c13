package org.chainbreaker.api;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies the depth and field limits to a query as it reads once its fragments are expanded, before graphql-java
 * validates or runs it. Fragments that spread other fragments twice ({@code fragment F2 on Gang { ...F1 members {
 * gang { ...F1 } } }}, and so on) double the query at every step: graphql-java's depth limit does not count through
 * them, and its validation and execution expand them again for every object — thirty such lines kept a service busy
 * until it ran out of memory. Here each fragment is measured once (remembered), so the check costs the length of the
 * query text.
 */
class FragmentExpansionLimit implements Instrumentation {

  private final int maxDepth;
  private final int maxFields;

  FragmentExpansionLimit(int maxDepth, int maxFields) {
    this.maxDepth = maxDepth;
    this.maxFields = maxFields;
  }

  /** Depth and number of fields of a selection, fragments expanded; fields saturate at Long.MAX_VALUE. */
  record Size(int depth, long fields) {}

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
      InstrumentationState state) {
    Size size = measure(parameters.getDocument());
    if (size.depth() > maxDepth) {
      throw new AbortExecutionException(String.format(Locale.ROOT, "The query nests %d levels deep once its fragments "
          + "are expanded (at most %d: chainbreaker.api.max-query-depth)", size.depth(), maxDepth));
    }
    if (size.fields() > maxFields) {
      throw new AbortExecutionException(String.format(Locale.ROOT, "The query selects %s fields once its fragments "
          + "are expanded (at most %,d: chainbreaker.api.max-query-complexity)",
          size.fields() == Long.MAX_VALUE ? "too many" : String.format(Locale.ROOT, "%,d", size.fields()), maxFields));
    }
    return null;
  }

  /** The largest operation of the document. */
  static Size measure(Document document) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    Measure measure = new Measure(fragments);
    int depth = 0;
    long fields = 0;
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      Size size = measure.of(operation.getSelectionSet());
      depth = Math.max(depth, size.depth());
      fields = Math.max(fields, size.fields());
    }
    return new Size(depth, fields);
  }

  private static final class Measure {
    final Map<String, FragmentDefinition> fragments;
    final Map<String, Size> measured = new HashMap<>();
    final Set<String> open = new HashSet<>();

    Measure(Map<String, FragmentDefinition> fragments) {
      this.fragments = fragments;
    }

    Size of(SelectionSet selectionSet) {
      if (selectionSet == null) {
        return new Size(0, 0);
      }
      int depth = 0;
      long fields = 0;
      for (Selection<?> selection : selectionSet.getSelections()) {
        Size size;
        if (selection instanceof Field field) {
          Size below = of(field.getSelectionSet());
          size = new Size(below.depth() + 1, add(below.fields(), 1));
        } else if (selection instanceof InlineFragment inline) {
          size = of(inline.getSelectionSet());
        } else if (selection instanceof FragmentSpread spread) {
          size = fragment(spread.getName());
        } else {
          size = new Size(0, 0);
        }
        depth = Math.max(depth, size.depth());
        fields = add(fields, size.fields());
      }
      return new Size(depth, fields);
    }

    Size fragment(String name) {
      Size known = measured.get(name);
      if (known != null) {
        return known;
      }
      FragmentDefinition definition = fragments.get(name);
      // unknown or cyclic fragments: validation reports them
      if (definition == null || !open.add(name)) {
        return new Size(0, 0);
      }
      Size size = of(definition.getSelectionSet());
      open.remove(name);
      measured.put(name, size);
      return size;
    }

    static long add(long a, long b) {
      long sum = a + b;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }
  }
}
