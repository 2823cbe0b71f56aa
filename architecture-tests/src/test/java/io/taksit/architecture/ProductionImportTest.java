package io.taksit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/** The rules are only as good as the import they run on: it must see production, not fixtures. */
class ProductionImportTest {

  @Test
  void importsTheProductionDomain() {
    assertThat(ProductionClasses.ALL.containPackage("io.taksit.domain")).isTrue();
    assertThat(ProductionClasses.ALL.stream().filter(c -> c.getPackageName().startsWith("io.taksit.domain")))
        .isNotEmpty();
  }

  @Test
  void leavesOutTestClassesAndFixtures() {
    assertThat(ProductionClasses.ALL.stream().map(JavaClass::getPackageName))
        .noneMatch(name -> name.contains("archfixture"))
        .noneMatch(name -> name.startsWith("io.taksit.architecture"));
  }
}
