package io.taksit.architecture;

import static io.taksit.architecture.Fixtures.assertHoldsFor;
import static io.taksit.architecture.Fixtures.assertViolatedBy;
import static io.taksit.architecture.TaksitRules.ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS;
import static io.taksit.architecture.TaksitRules.PORTS_ARE_INTERFACES;

import io.taksit.adapters.http.archfixturealpha.AlphaBillLoader;
import io.taksit.adapters.http.archfixturealpha.AlphaImplementingUseCase;
import io.taksit.application.port.in.archfixture.ClassPort;
import io.taksit.application.port.in.archfixture.PayBillFixtureOutcome;
import io.taksit.application.port.in.archfixture.PayBillFixtureResult;
import io.taksit.application.port.in.archfixture.PayBillFixtureUseCase;
import io.taksit.application.port.out.archfixture.AbstractClassPort;
import io.taksit.application.port.out.archfixture.LoadBillFixturePort;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PortRulesTest {

  @Nested
  class PortsAreInterfaces {

    @Test
    void holdsForProductionCode() {
      PORTS_ARE_INTERFACES.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnConcreteClassInInboundPortPackage() {
      assertViolatedBy(PORTS_ARE_INTERFACES, ClassPort.class);
    }

    @Test
    void failsOnAbstractClassInOutboundPortPackage() {
      assertViolatedBy(PORTS_ARE_INTERFACES, AbstractClassPort.class);
    }

    @Test
    void allowsInterfacesAndTheRecordsAndEnumsTheyCarry() {
      assertHoldsFor(PORTS_ARE_INTERFACES,
          PayBillFixtureUseCase.class, PayBillFixtureUseCase.Command.class,
          PayBillFixtureResult.class, PayBillFixtureOutcome.class, LoadBillFixturePort.class);
    }
  }

  @Nested
  class AdaptersDoNotImplementInboundPorts {

    @Test
    void holdsForProductionCode() {
      ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS.check(ProductionClasses.ALL);
    }

    @Test
    void failsOnAdapterImplementingUseCase() {
      assertViolatedBy(ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS, AlphaImplementingUseCase.class);
    }

    @Test
    void allowsAdapterImplementingOutboundPort() {
      assertHoldsFor(ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS, AlphaBillLoader.class);
    }
  }
}
