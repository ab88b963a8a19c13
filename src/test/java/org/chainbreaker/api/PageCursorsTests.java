package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.chainbreaker.model.Page;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.query.WindowConnectionAdapter;

/** Pages, cursors and Spring for GraphQL's reading of them, together: what a client paging forward sees. */
class PageCursorsTests {

  final EncodingCursorStrategy<ScrollPosition> cursors = PageCursors.strategy();
  final WindowConnectionAdapter connection = new WindowConnectionAdapter(cursors);

  /** Where the page asked for with {@code after: cursor} starts, as the controllers compute it. */
  int startAfter(String cursor) {
    return Page.start(ScrollSubrange.create(cursors.fromCursor(cursor), 2, true));
  }

  @Test
  void thePageAfterAnItemsCursorStartsWithTheNextItem() {
    List<String> all = List.of("a", "b", "c", "d", "e");
    Window<String> first = Page.slice(all, 0, 2).window();
    assertThat(connection.hasPrevious(first)).as("the first page has none before it").isFalse();
    assertThat(connection.hasNext(first)).isTrue();
    String end = connection.cursorAt(first, 1);
    assertThat(startAfter(end)).as("after b").isEqualTo(2);

    Window<String> second = Page.slice(all, startAfter(end), 2).window();
    assertThat(second.getContent()).containsExactly("c", "d");
    assertThat(connection.hasPrevious(second)).isTrue();
    assertThat(startAfter(connection.cursorAt(second, 0))).as("after c").isEqualTo(3);
    Window<String> last = Page.slice(all, startAfter(connection.cursorAt(second, 1)), 2).window();
    assertThat(last.getContent()).containsExactly("e");
    assertThat(connection.hasNext(last)).isFalse();
  }

  @Test
  void noCursorStartsAtTheBeginning() {
    assertThat(Page.start(ScrollSubrange.create(null, 2, true))).isZero();
  }

  @Test
  void aCursorThisServiceDidNotGiveOutIsAnInvalidAfterArgument() {
    for (String cursor : List.of("garbage", "%%%", base64("K_{}"), base64("hello"), base64("O_-5"),
        base64("O_2147483647"), base64("O_99999999999"))) {
      assertThatThrownBy(() -> cursors.fromCursor(cursor)).as(cursor)
          .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
            assertThat(e.argument()).isEqualTo("after");
            assertThat(e.getMessage()).contains("not a cursor of this list");
          });
    }
    assertThat(startAfter(base64("O_2147483646"))).isEqualTo(Integer.MAX_VALUE);
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
