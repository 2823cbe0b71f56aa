package io.taksit.architecture;

import static io.taksit.architecture.Fixtures.assertViolatedBy;
import static io.taksit.architecture.TaksitRules.DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR;
import static io.taksit.architecture.TaksitRules.DOMAIN_DOES_NO_IO;
import static io.taksit.architecture.TaksitRules.DOMAIN_USES_NO_ANNOTATION_FRAMEWORK;

import io.taksit.domain.archfixture.DomainClassNamingApplication;
import io.taksit.domain.archfixture.DomainClassReadingFiles;
import io.taksit.domain.archfixture.DomainClassUsingBeanValidation;
import io.taksit.domain.archfixture.DomainClassUsingJackson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

  @Nested
  class DomainDependsOnlyOnJdkAndVavr {

    @Test
    void holdsForProductionCode() {
      DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnDomainClassUsingJackson() {
      assertViolatedBy(DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR, DomainClassUsingJackson.class);
    }

    @Test
    void failsOnDomainClassNamingTheApplication() {
      assertViolatedBy(DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR, DomainClassNamingApplication.class);
    }
  }

  @Nested
  class DomainUsesNoAnnotationFramework {

    @Test
    void holdsForProductionCode() {
      DOMAIN_USES_NO_ANNOTATION_FRAMEWORK.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnJacksonAnnotations() {
      assertViolatedBy(DOMAIN_USES_NO_ANNOTATION_FRAMEWORK, DomainClassUsingJackson.class);
    }

    @Test
    void failsOnJakartaAnnotations() {
      assertViolatedBy(DOMAIN_USES_NO_ANNOTATION_FRAMEWORK, DomainClassUsingBeanValidation.class);
    }
  }

  @Nested
  class DomainDoesNoIo {

    @Test
    void holdsForProductionCode() {
      DOMAIN_DOES_NO_IO.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnFileAccess() {
      assertViolatedBy(DOMAIN_DOES_NO_IO, DomainClassReadingFiles.class);
    }
  }
}
