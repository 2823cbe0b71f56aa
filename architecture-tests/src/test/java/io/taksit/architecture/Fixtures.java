package io.taksit.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks a rule against a handful of fixture classes only (never the production import), so each
 * rule is shown to fail on a class that breaks it and, where a rule has an exception, to pass on
 * a class that uses the exception.
 */
final class Fixtures {

  private Fixtures() {}

  static JavaClasses importOnly(Class<?>... fixtures) {
    return new ClassFileImporter().importClasses(fixtures);
  }

  /** The rule fails, and the failure names {@code offender}. */
  static void assertViolatedBy(ArchRule rule, Class<?> offender, Class<?>... alsoImported) {
    Class<?>[] all = new Class<?>[alsoImported.length + 1];
    all[0] = offender;
    System.arraycopy(alsoImported, 0, all, 1, alsoImported.length);
    assertThatThrownBy(() -> rule.check(importOnly(all)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(offender.getName());
  }

  static void assertHoldsFor(ArchRule rule, Class<?>... fixtures) {
    assertThatCode(() -> rule.check(importOnly(fixtures))).doesNotThrowAnyException();
  }
}
