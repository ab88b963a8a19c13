package org.chainbreaker.api;

import java.util.regex.Pattern;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * The cursors of every connection: Spring's own (base64 of an offset position), read back strictly. A cursor this
 * service did not give out — garbage, another encoding, a keyset position, a negative or huge offset — is a
 * {@code BAD_REQUEST} naming {@code after}, not an internal error (Spring throws a bare IllegalArgumentException).
 */
final class PageCursors {

  private static final Pattern OFFSET = Pattern.compile("O_\\d{1,18}");

  private PageCursors() {}

  static EncodingCursorStrategy<ScrollPosition> strategy() {
    return CursorStrategy.withEncoder(new Positions(new ScrollPositionCursorStrategy()), new Encoding(CursorEncoder.base64()));
  }

  static InvalidArgumentException invalid() {
    return new InvalidArgumentException("after", "not a cursor of this list; pass the cursor of an item (or "
        + "pageInfo.endCursor) from the page before");
  }

  private record Encoding(CursorEncoder base64) implements CursorEncoder {
    @Override
    public String encode(String cursor) {
      return base64.encode(cursor);
    }

    @Override
    public String decode(String cursor) {
      try {
        return base64.decode(cursor);
      } catch (IllegalArgumentException notBase64) {
        throw invalid();
      }
    }
  }

  private record Positions(CursorStrategy<ScrollPosition> spring) implements CursorStrategy<ScrollPosition> {
    @Override
    public boolean supports(Class<?> targetType) {
      return spring.supports(targetType);
    }

    @Override
    public String toCursor(ScrollPosition position) {
      return spring.toCursor(position);
    }

    @Override
    public ScrollPosition fromCursor(String cursor) {
      // Pages are offsets into the list (see model.Page): "O_" and an item's position, which fits an int. Spring would
      // read a negative offset as 0 and a keyset position as the start.
      if (!OFFSET.matcher(cursor).matches() || Long.parseLong(cursor.substring(2)) >= Integer.MAX_VALUE) {
        throw invalid();
      }
      return spring.fromCursor(cursor);
    }
  }
}
