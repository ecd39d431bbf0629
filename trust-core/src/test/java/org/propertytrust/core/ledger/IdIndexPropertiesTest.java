package org.propertytrust.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The id index agrees with a hash map on every id: Latin-1, wider characters, collisions. */
class IdIndexPropertiesTest {
  /** Ids from a small alphabet (many repeats), with Latin-1 and wider characters mixed in. */
  private static final Gen<String> IDS =
      SourceDSL.lists()
          .of(SourceDSL.integers().between(0, 5))
          .ofSizeBetween(1, 6)
          .map(
              codes -> {
                StringBuilder id = new StringBuilder();
                for (int code : codes) {
                  id.append("aZ9é张\u0100".charAt(code));
                }
                return id.toString();
              });

  @Test
  void firstPositionsAreThoseOfAHashMap() {
    qt().withExamples(200)
        .forAll(SourceDSL.lists().of(IDS).ofSizeBetween(0, 400), SourceDSL.longs().all())
        .checkAssert(
            (List<String> ids, Long seed) -> {
              IdIndex index = new IdIndex(seed);
              Map<String, Integer> oracle = new HashMap<>();
              for (int position = 0; position < ids.size(); position++) {
                String id = ids.get(position);
                Integer first = oracle.putIfAbsent(id, position);
                assertThat(index.putIfAbsent(id, position)).isEqualTo(first == null ? -1 : first);
              }
              for (String id : ids) {
                assertThat(index.get(id)).isEqualTo(oracle.get(id));
              }
              // an id never added, and one that differs from an added one only in width
              assertThat(index.get("absent-" + ids.size())).isEqualTo(-1);
              assertThat(index.get("\u00e9\u0100")).isEqualTo(oracle.getOrDefault("é\u0100", -1));
            });
  }

  @Test
  void aLatinIdAndAWideIdWithTheSameBytesDiffer() {
    IdIndex index = new IdIndex(1);
    // U+0041 U+0042 as two Latin-1 bytes, and U+4142 as one wide character
    assertThat(index.putIfAbsent("AB", 0)).isEqualTo(-1);
    assertThat(index.putIfAbsent("\u4142", 1)).isEqualTo(-1);
    assertThat(index.get("AB")).isZero();
    assertThat(index.get("\u4142")).isEqualTo(1);
  }
}
