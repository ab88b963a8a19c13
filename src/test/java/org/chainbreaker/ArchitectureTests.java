package org.chainbreaker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Package boundaries: graph/ and model/ are the foundation; capabilities never reach into each other. */
class ArchitectureTests {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.chainbreaker");
  }

  /** Capability packages: each may use the foundation (graph, model, api) but no other capability. */
  static final List<String> CAPABILITIES = List.of("demo", "lookup", "link", "cli", "takedown", "ingest", "risk",
      "security", "export");

  @Test
  void foundationDependsOnNoCapability() {
    noClasses().that().resideInAnyPackage("org.chainbreaker.graph..", "org.chainbreaker.model..", "org.chainbreaker.api..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(CAPABILITIES))
        .check(classes);
  }

  @ParameterizedTest
  @FieldSource("CAPABILITIES")
  void capabilityDoesNotDependOnAnotherCapability(String capability) {
    List<String> others = CAPABILITIES.stream().filter(other -> !other.equals(capability)).toList();
    noClasses().that().resideInAPackage("org.chainbreaker." + capability + "..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(others))
        .allowEmptyShould(true)
        .check(classes);
  }

  private static String[] packages(List<String> capabilities) {
    return capabilities.stream().map(name -> "org.chainbreaker." + name + "..").toArray(String[]::new);
  }

  @Test
  void onlyTheGraphPackageTalksToTheDriverSession() {
    noClasses().that().resideOutsideOfPackage("org.chainbreaker.graph..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Session")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
        .check(classes);
  }
}
