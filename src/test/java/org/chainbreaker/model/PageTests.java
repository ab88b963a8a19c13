package org.chainbreaker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.Window;

class PageTests {

  @Test
  void aRowBeyondThePageSaysAnotherFollowsAndIsNotReturned() {
    Window<String> window = Page.ofLookAhead(List.of("c", "d", "e"), 2, 2).window();
    assertThat(window.getContent()).containsExactly("c", "d");
    assertThat(window.hasNext()).isTrue();
    assertThat(((OffsetScrollPosition) window.positionAt(1)).getOffset()).as("d is the fourth item").isEqualTo(3);
  }

  @Test
  void noRowBeyondThePageMeansTheLastPage() {
    assertThat(Page.ofLookAhead(List.of("c", "d"), 2, 2).window().hasNext()).isFalse();
    assertThat(Page.ofLookAhead(List.of("c"), 2, 2).window().hasNext()).isFalse();
    assertThat(Page.ofLookAhead(List.<String>of(), 4, 2).window().isEmpty()).isTrue();
  }
}
