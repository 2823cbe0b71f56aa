package io.taksit.architecture;

import static io.taksit.architecture.Fixtures.assertHoldsFor;
import static io.taksit.architecture.Fixtures.assertViolatedBy;
import static io.taksit.architecture.TaksitRules.ADAPTER_MODULES_DO_NOT_DEPEND_ON_EACH_OTHER;
import static io.taksit.architecture.TaksitRules.ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS;
import static io.taksit.architecture.TaksitRules.SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI;
import static io.taksit.architecture.TaksitRules.PERSISTENCE_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static io.taksit.architecture.TaksitRules.PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

import io.taksit.adapters.http.archfixturealpha.AlphaCallingBeta;
import io.taksit.adapters.http.archfixturealpha.AlphaProviderClient;
import io.taksit.adapters.http.archfixturealpha.AlphaUsingSupport;
import io.taksit.adapters.http.archfixturebeta.BetaProviderClient;
import io.taksit.adapters.http.support.archfixture.SharedPlumbingFixture;
import io.taksit.adapters.http.support.archfixture.SupportNamingProvider;
import io.taksit.adapters.persistence.archfixturejdbc.JdbcStoreCallingHttpAdapter;
import io.taksit.adapters.persistence.archfixturejdbc.JdbcStoreUsingMemoryStore;
import io.taksit.adapters.persistence.archfixturememory.MemoryStoreFixture;
import io.taksit.application.archfixture.ApplicationClassNamingAdapter;
import io.taksit.application.archfixture.ApplicationServiceFixture;
import io.taksit.bootstrap.archfixture.TaksitSpiWiringFixture;
import io.taksit.bootstrap.archfixture.TaksitWiringFixture;
import io.taksit.cli.archfixture.CliNamingProvider;
import io.taksit.domain.archfixture.DomainClassUsingJackson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Slice rules compare the slices of the imported classes, so each fixture check imports the
 * offender together with the class it depends on.
 */
class AdapterRulesTest {

  @Nested
  class AdapterModulesDoNotDependOnEachOther {

    @Test
    void holdsForProductionCode() {
      ADAPTER_MODULES_DO_NOT_DEPEND_ON_EACH_OTHER.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnPersistenceNamingAnHttpAdapter() {
      assertViolatedBy(ADAPTER_MODULES_DO_NOT_DEPEND_ON_EACH_OTHER,
          JdbcStoreCallingHttpAdapter.class, AlphaProviderClient.class);
    }
  }

  @Nested
  class ProviderAdaptersDoNotDependOnEachOther {

    @Test
    void holdsForProductionCode() {
      PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnOneProviderNamingAnother() {
      assertViolatedBy(PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
          AlphaCallingBeta.class, BetaProviderClient.class);
    }

    @Test
    void failsOnSupportNamingAProvider() {
      assertViolatedBy(PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
          SupportNamingProvider.class, AlphaProviderClient.class);
    }

    @Test
    void allowsProvidersToShareSupport() {
      assertHoldsFor(PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
          AlphaUsingSupport.class, SharedPlumbingFixture.class, BetaProviderClient.class);
    }
  }

  @Nested
  class PersistenceAdaptersDoNotDependOnEachOther {

    @Test
    void holdsForProductionCode() {
      PERSISTENCE_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnJdbcStoreNamingMemoryStore() {
      assertViolatedBy(PERSISTENCE_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
          JdbcStoreUsingMemoryStore.class, MemoryStoreFixture.class);
    }
  }

  @Nested
  class OnlyBootstrapNamesConcreteAdapters {

    @Test
    void holdsForProductionCode() {
      ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnApplicationNamingAnAdapter() {
      assertViolatedBy(ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS, ApplicationClassNamingAdapter.class);
    }

    @Test
    void allowsBootstrapToNameAdapters() {
      // A clean core class is imported too, so the rule has something to check besides bootstrap.
      assertHoldsFor(ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS,
          TaksitWiringFixture.class, ApplicationServiceFixture.class, DomainClassUsingJackson.class);
    }
  }

  @Nested
  class SharedCodeReachesProvidersOnlyThroughTheSpi {

    @Test
    void holdsForProductionCode() {
      SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnBootstrapNamingAProvider() {
      assertViolatedBy(SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI,
          TaksitWiringFixture.class);
    }

    @Test
    void failsOnTheCliNamingAProvider() {
      assertViolatedBy(SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI,
          CliNamingProvider.class);
    }

    @Test
    void allowsSharedPlumbing() {
      assertHoldsFor(SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI,
          TaksitSpiWiringFixture.class, SharedPlumbingFixture.class);
    }
  }
}
