package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.propertytrust.core.fixtures.ExampleBooks;

class ReferenceBooksTest {
  @Test
  void bothReferenceBooksValidateClean() {
    ValidationReport three = RuleSet.standard().validate(ExampleBooks.threeUnits());
    assertThat(three.violations()).isEmpty();
    assertThat(three.asOf()).hasToString("2024-02-29");
    assertThat(three.entriesChecked()).isEqualTo(9);
    ValidationReport maple = RuleSet.standard().validate(ExampleBooks.mapleCourt());
    assertThat(maple.violations()).isEmpty();
    assertThat(maple.isClean()).isTrue();
  }
}
