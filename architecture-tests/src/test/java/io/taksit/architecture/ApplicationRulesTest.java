package io.taksit.architecture;

import static io.taksit.architecture.Fixtures.assertHoldsFor;
import static io.taksit.architecture.Fixtures.assertViolatedBy;
import static io.taksit.architecture.TaksitRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_VAVR_AND_VALIDATION_API;
import static io.taksit.architecture.TaksitRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE;

import io.taksit.application.archfixture.ApplicationClassNamingAdapter;
import io.taksit.application.archfixture.ApplicationClassNamingBootstrap;
import io.taksit.application.archfixture.ApplicationClassUsingFeign;
import io.taksit.application.archfixture.ApplicationClassUsingJdbc;
import io.taksit.application.archfixture.ApplicationClassUsingObjectMapper;
import io.taksit.application.archfixture.ApplicationClassUsingSlf4j;
import io.taksit.application.archfixture.ApplicationServiceFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationRulesTest {

  @Nested
  class ApplicationDependsOnlyOnDomainVavrAndValidationApi {

    @Test
    void holdsForProductionCode() {
      APPLICATION_DEPENDS_ONLY_ON_DOMAIN_VAVR_AND_VALIDATION_API.check(ProductionClasses.ALL);
    }

    @Test
    void holdsForCleanApplicationClass() {
      assertHoldsFor(APPLICATION_DEPENDS_ONLY_ON_DOMAIN_VAVR_AND_VALIDATION_API,
          ApplicationServiceFixture.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {
        ApplicationClassUsingFeign.class, ApplicationClassUsingObjectMapper.class,
        ApplicationClassUsingSlf4j.class, ApplicationClassNamingAdapter.class,
        ApplicationClassNamingBootstrap.class})
    void failsOnApplicationClassUsingAnythingElse(Class<?> offender) {
      assertViolatedBy(APPLICATION_DEPENDS_ONLY_ON_DOMAIN_VAVR_AND_VALIDATION_API, offender);
    }
  }

  @Nested
  class ApplicationDoesNotDependOnAdaptersOrInfrastructure {

    @Test
    void holdsForProductionCode() {
      APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE.check(ProductionClasses.ALL);
    }

    @ParameterizedTest
    @ValueSource(classes = {
        ApplicationClassUsingFeign.class, ApplicationClassUsingObjectMapper.class,
        ApplicationClassUsingJdbc.class, ApplicationClassNamingAdapter.class,
        ApplicationClassNamingBootstrap.class})
    void failsOnFixture(Class<?> offender) {
      assertViolatedBy(APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE, offender);
    }
  }
}
