package io.taksit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every production class of Taksit, imported once per test JVM and shared by all rule tests.
 * Test classes are left out, so the bad fixtures in this module's {@code archfixture*} packages
 * (and any other module's tests) are never seen by the real rules.
 */
final class ProductionClasses {

  static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.taksit");

  private ProductionClasses() {}
}
