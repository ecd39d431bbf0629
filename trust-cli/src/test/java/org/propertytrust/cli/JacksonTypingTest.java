package org.propertytrust.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Jackson's polymorphic typing (a type id in the document choosing the class to build) is the door
 * of Jackson's deserialization gadgets: no module of the project ever opens it. No code calls the
 * methods that enable default typing, and no class, field or method carries {@link JsonTypeInfo}.
 */
class JacksonTypingTest {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.propertytrust");

  private static final Set<String> TYPING_METHODS =
      Set.of(
          "activateDefaultTyping",
          "activateDefaultTypingAsProperty",
          "enableDefaultTyping",
          "enableDefaultTypingAsProperty",
          "setDefaultTyping",
          "setPolymorphicTypeValidator",
          "polymorphicTypeValidator",
          "registerSubtypes");

  @Test
  void theProjectIsImported() {
    // A rule over no classes would pass vacuously: the modules that use Jackson are here.
    assertThat(ALL.containPackage("org.propertytrust.json")).isTrue();
    assertThat(ALL.containPackage("org.propertytrust.scenario.format")).isTrue();
    assertThat(ALL.containPackage("org.propertytrust.cli")).isTrue();
  }

  @Test
  void noCodeEnablesDefaultTyping() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "enables Jackson's polymorphic typing",
                (JavaMethodCall call) ->
                    call.getTargetOwner().getPackageName().startsWith("com.fasterxml.jackson")
                        && TYPING_METHODS.contains(call.getName())))
        .check(ALL);
  }

  @Test
  void noCodeCarriesJsonTypeInfo() {
    DescribedPredicate<JavaAnnotation<?>> typeInfo =
        DescribedPredicate.describe(
            "@JsonTypeInfo or @JsonSubTypes",
            a ->
                a.getRawType().isEquivalentTo(JsonTypeInfo.class)
                    || a.getRawType()
                        .getName()
                        .equals("com.fasterxml.jackson.annotation.JsonSubTypes"));
    noClasses().should().beAnnotatedWith(typeInfo).check(ALL);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers()
        .should()
        .beAnnotatedWith(typeInfo)
        .check(ALL);
  }

  @Test
  void aDefaultMapperHasNoDefaultTyping() {
    // What the rule above keeps true of every mapper the project builds.
    assertThat(new ObjectMapper().getSerializationConfig().getDefaultTyper(null)).isNull();
  }
}
