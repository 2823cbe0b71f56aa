package io.taksit.architecture;

import static io.taksit.architecture.Fixtures.assertViolatedBy;
import static io.taksit.architecture.TaksitRules.CORE_DOES_NOT_LOG;
import static io.taksit.architecture.TaksitRules.CORE_DOES_NOT_USE_LEGACY_DATE_TIME;
import static io.taksit.architecture.TaksitRules.CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS;
import static io.taksit.architecture.TaksitRules.CORE_HAS_NO_FLOATING_POINT_FIELDS;

import io.taksit.application.archfixture.ApplicationClassPrintingToStandardErr;
import io.taksit.application.archfixture.ApplicationClassUsingSlf4j;
import io.taksit.application.archfixture.ApplicationClassUsingSqlTimestamp;
import io.taksit.application.archfixture.ApplicationClassWithFloatRate;
import io.taksit.domain.archfixture.DomainClassPrintingStackTrace;
import io.taksit.domain.archfixture.DomainClassPrintingToStandardOut;
import io.taksit.domain.archfixture.DomainClassUsingJavaUtilDate;
import io.taksit.domain.archfixture.DomainClassUsingJulLogger;
import io.taksit.domain.archfixture.DomainClassUsingSystemLogger;
import io.taksit.domain.archfixture.DomainClassWithDoubleAmount;
import io.taksit.domain.archfixture.DomainClassWithDoubleArray;
import io.taksit.domain.archfixture.DomainClassWithFloatWrapperRate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules for the core: domain and application. */
class CoreCodingRulesTest {

  @Nested
  class CoreDoesNotWriteToStandardStreams {

    @Test
    void holdsForProductionCode() {
      CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS.check(ProductionClasses.ALL);
    }

    @ParameterizedTest
    @ValueSource(classes = {
        DomainClassPrintingToStandardOut.class, ApplicationClassPrintingToStandardErr.class,
        DomainClassPrintingStackTrace.class})
    void failsOnFixture(Class<?> offender) {
      assertViolatedBy(CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS, offender);
    }
  }

  @Nested
  class CoreDoesNotUseLegacyDateTime {

    @Test
    void holdsForProductionCode() {
      CORE_DOES_NOT_USE_LEGACY_DATE_TIME.check(ProductionClasses.ALL);
    }

    @ParameterizedTest
    @ValueSource(classes = {
        DomainClassUsingJavaUtilDate.class, ApplicationClassUsingSqlTimestamp.class})
    void failsOnFixture(Class<?> offender) {
      assertViolatedBy(CORE_DOES_NOT_USE_LEGACY_DATE_TIME, offender);
    }
  }

  @Nested
  class CoreHasNoFloatingPointFields {

    @Test
    void holdsForProductionCode() {
      CORE_HAS_NO_FLOATING_POINT_FIELDS.check(ProductionClasses.ALL);
    }

    @ParameterizedTest
    @ValueSource(classes = {
        DomainClassWithDoubleAmount.class, DomainClassWithFloatWrapperRate.class,
        DomainClassWithDoubleArray.class, ApplicationClassWithFloatRate.class})
    void failsOnFixture(Class<?> offender) {
      assertViolatedBy(CORE_HAS_NO_FLOATING_POINT_FIELDS, offender);
    }
  }

  @Nested
  class CoreDoesNotLog {

    @Test
    void holdsForProductionCode() {
      CORE_DOES_NOT_LOG.check(ProductionClasses.ALL);
    }

    @ParameterizedTest
    @ValueSource(classes = {
        ApplicationClassUsingSlf4j.class, DomainClassUsingJulLogger.class,
        DomainClassUsingSystemLogger.class})
    void failsOnFixture(Class<?> offender) {
      assertViolatedBy(CORE_DOES_NOT_LOG, offender);
    }
  }
}
