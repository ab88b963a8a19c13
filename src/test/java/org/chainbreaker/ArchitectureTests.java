package org.chainbreaker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package boundaries: graph/ and model/ are the foundation; capabilities never reach into each other. */
class ArchitectureTests {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.chainbreaker");
  }

  @Test
  void foundationDependsOnNoCapability() {
    noClasses().that().resideInAnyPackage("org.chainbreaker.graph..", "org.chainbreaker.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.chainbreaker.demo..", "org.chainbreaker.lookup..", "org.chainbreaker.api..")
        .check(classes);
  }

  @Test
  void capabilitiesDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("org.chainbreaker.lookup..").should().dependOnClassesThat().resideInAPackage("org.chainbreaker.demo..")
        .check(classes);
    noClasses().that().resideInAPackage("org.chainbreaker.demo..").should().dependOnClassesThat().resideInAPackage("org.chainbreaker.lookup..")
        .check(classes);
  }

  @Test
  void onlyTheGraphPackageTalksToTheDriverSession() {
    noClasses().that().resideOutsideOfPackage("org.chainbreaker.graph..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Session")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
        .check(classes);
  }
}
