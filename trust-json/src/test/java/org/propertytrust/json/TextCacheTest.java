package org.propertytrust.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reader's cache of short texts: it grows without losing a text, and stays bounded. */
class TextCacheTest {
  private static <V> V get(TextCache<V> cache, String text) {
    // Looked up inside a larger buffer, as the reader does.
    char[] buf = ("<<" + text + ">>").toCharArray();
    return cache.get(buf, 2, text.length());
  }

  @Test
  void everyTextPutIsFoundUntilFourThousandNinetySixAreCached() {
    TextCache<Integer> cache = new TextCache<>();
    for (int i = 0; i < 4096; i++) {
      cache.put("U" + i, i);
      // Still there after every growth of the table.
      assertThat(get(cache, "U0")).isZero();
      assertThat(get(cache, "U" + i)).isEqualTo(i);
    }
    for (int i = 0; i < 4096; i++) {
      assertThat(get(cache, "U" + i)).as("U%d", i).isEqualTo(i);
    }
    assertThat(get(cache, "U4096")).isNull();
    assertThat(get(cache, "U")).isNull();
  }

  @Test
  void theNextTextStartsItAfresh() {
    TextCache<Integer> cache = new TextCache<>();
    for (int i = 0; i < 4096; i++) {
      cache.put("U" + i, i);
    }
    cache.put("new", -1);
    assertThat(get(cache, "new")).isEqualTo(-1);
    assertThat(get(cache, "U0")).isNull();
    assertThat(get(cache, "U4095")).isNull();
  }

  @Test
  void aTextPutAgainTakesTheNewValueAndLongTextsAreNotCached() {
    TextCache<String> cache = new TextCache<>();
    cache.put("cash", "first");
    cache.put("cash", "second");
    assertThat(get(cache, "cash")).isEqualTo("second");
    String tooLong = "x".repeat(65);
    cache.put(tooLong, "long");
    assertThat(get(cache, tooLong)).isNull();
    String longest = "y".repeat(64);
    cache.put(longest, "longest");
    assertThat(get(cache, longest)).isEqualTo("longest");
  }
}
