package org.propertytrust.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The boundaries of trust-core (DESIGN.md): it depends on nothing of ours and on no I/O. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust.core");

  @Test
  void coreDependsOnNoOtherModuleOfOurs() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.propertytrust.rules..",
            "org.propertytrust.json..",
            "org.propertytrust.scenario..",
            "org.propertytrust.cli..",
            "org.propertytrust.bench..")
        .check(CORE);
  }

  @Test
  void coreKnowsNothingOfJsonFilesClocksOrLogging() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml..",
            "java.io..",
            "java.nio.file..",
            "java.util.logging..",
            "org.slf4j..",
            "org.apache.logging..",
            "java.sql..",
            "java.net..")
        .check(CORE);
  }

  @Test
  void coreNeverReadsTheClock() {
    noClasses()
        .should()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.YearMonth.class, "now")
        .orShould()
        .callMethod(java.time.OffsetDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .check(CORE);
  }

  @Test
  void moneyIsNeverADouble() {
    noClasses()
        .should()
        .callMethod(java.math.BigDecimal.class, "valueOf", double.class)
        .orShould()
        .callMethod(java.math.BigDecimal.class, "doubleValue")
        .orShould()
        .callConstructor(java.math.BigDecimal.class, double.class)
        .check(CORE);
  }

  @Test
  void noPackageIsNamedForALayer() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..impl..", "..common..", "..dto..", "..manager..")
        .check(CORE);
  }

  @Test
  void domainPackagesDoNotDependOnTheBookOrOperationsInACycle() {
    SlicesRuleDefinition.slices()
        .matching("org.propertytrust.core.(money|party|ledger|contract|service)..")
        .should()
        .beFreeOfCycles()
        .check(CORE);
  }
}
