package io.taksit.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.containNumberOfElements;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import io.taksit.domain.archfixture.DomainClassUsingJackson;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every package {@link TaksitRules} names holds production classes (buckpal's {@code
 * denyEmptyPackage}): a rule over a renamed or emptied package would otherwise check nothing.
 */
class RulePackagesAreNotEmptyTest {

  static Stream<String> namedPackages() {
    return Stream.of(TaksitRules.DOMAIN, TaksitRules.APPLICATION, TaksitRules.INBOUND_PORTS,
        TaksitRules.OUTBOUND_PORTS, TaksitRules.ADAPTERS, TaksitRules.HTTP_SUPPORT,
        TaksitRules.HTTP_SPI, TaksitRules.BOOTSTRAP, TaksitRules.CLI, TaksitRules.CLI_VIEWS,
        TaksitRules.SANDBOX_SPI,
        "io.taksit.adapters.persistence.jdbc..", "io.taksit.adapters.persistence.memory..");
  }

  static ArchRule denyEmptyPackage(String packageIdentifier) {
    return classes()
        .that().resideInAPackage(packageIdentifier)
        .should(containNumberOfElements(DescribedPredicate.describe("at least one",
            (Integer count) -> count >= 1)))
        .because("a rule over an empty package passes vacuously");
  }

  @ParameterizedTest
  @MethodSource("namedPackages")
  void holdsProductionClasses(String packageIdentifier) {
    denyEmptyPackage(packageIdentifier).check(ProductionClasses.ALL);
  }

  @Test
  void failsOnAPackageWithNoClasses() {
    assertThatThrownBy(() -> denyEmptyPackage("io.taksit.renamed..")
        .check(Fixtures.importOnly(DomainClassUsingJackson.class)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aRuleOverAnEmptySelectionFails() {
    assertThatThrownBy(() -> TaksitRules.PORTS_ARE_INTERFACES
        .check(Fixtures.importOnly(DomainClassUsingJackson.class)))
        .isInstanceOf(AssertionError.class);
  }
}
