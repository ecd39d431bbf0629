package org.propertytrust.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The boundaries of trust-scenario (DESIGN.md): it depends on trust-core only, one way. */
class ArchitectureTest {
  private static final JavaClasses SCENARIO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust.scenario");

  @Test
  void scenarioDependsOnCoreAndOnNoOtherModuleOfOurs() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.propertytrust.rules..",
            "org.propertytrust.json..",
            "org.propertytrust.cli..",
            "org.propertytrust.bench..")
        .check(SCENARIO);
  }

  @Test
  void scenariosNeverReadTheClockOrAnUnseededRandom() {
    noClasses()
        .should()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.YearMonth.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Math.class, "random")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Random")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .check(SCENARIO);
  }

  @Test
  void theSamplerUsesStrictMathForReproducibleDraws() {
    noClasses()
        .that()
        .resideInAPackage("org.propertytrust.scenario.projection")
        .should()
        .callMethod(Math.class, "log", double.class)
        .orShould()
        .callMethod(Math.class, "exp", double.class)
        .orShould()
        .callMethod(Math.class, "pow", double.class, double.class)
        .orShould()
        .callMethod(Math.class, "log1p", double.class)
        .check(SCENARIO);
  }

  @Test
  void noPackageIsNamedForALayer() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..impl..", "..common..", "..dto..", "..manager..")
        .check(SCENARIO);
  }

  @Test
  void packagesAreFreeOfCycles() {
    SlicesRuleDefinition.slices()
        .matching("org.propertytrust.scenario.(*)..")
        .should()
        .beFreeOfCycles()
        .check(SCENARIO);
  }
}
