package org.chainbreaker.model;

import java.util.List;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * One page of a list that can grow: its items, where it starts, and how many items there are in all (for a page read
 * with a row of look-ahead, {@link #ofLookAhead}, only as many as were read: enough to tell whether more follow).
 */
public record Page<T>(List<T> items, int offset, int total) {

  public static <T> Page<T> of(List<T> items, int offset, int total) {
    return new Page<>(items, offset, total);
  }

  /**
   * As a Spring Data window: Spring for GraphQL renders it as a Relay connection with opaque cursors. An item's
   * cursor holds its own position in the whole list (0 for the first), as Spring Data's offset positions do: Spring for
   * GraphQL reads {@code hasPreviousPage} from the first item's, and a page asked for {@code after} it starts at the
   * next item ({@link #start}).
   */
  public Window<T> window() {
    return Window.from(items, index -> ScrollPosition.offset(offset + index), offset + items.size() < total);
  }

  /** The page of {@code first} items of {@code all} starting at {@code offset} (a list already in memory). */
  public static <T> Page<T> slice(List<T> all, int offset, int first) {
    int from = Math.min(Math.max(offset, 0), all.size());
    return new Page<>(all.subList(from, Math.min(all.size(), from + first)), from, all.size());
  }

  /**
   * The page of at most {@code size} items starting at {@code offset}, from {@code fetched}: up to {@code size + 1}
   * rows asked for with that offset. A row beyond the page says another page follows, without counting them all.
   */
  public static <T> Page<T> ofLookAhead(List<T> fetched, int offset, int size) {
    return new Page<>(fetched.subList(0, Math.min(size, fetched.size())), offset, offset + fetched.size());
  }

  /** Where a page asked for with {@code after: cursor} starts: after the item of the cursor (0 without a cursor). */
  public static int start(ScrollSubrange subrange) {
    return subrange.position()
        .filter(OffsetScrollPosition.class::isInstance)
        .map(OffsetScrollPosition.class::cast)
        .filter(position -> !position.isInitial())
        .map(position -> Math.toIntExact(position.getOffset() + 1))
        .orElse(0);
  }
}
