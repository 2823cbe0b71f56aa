package io.taksit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.io.Serializable;
import java.util.Calendar;
import java.util.Set;

/**
 * The architecture of Taksit (the README's module map) as ArchUnit rules. Each constant's name
 * says the rule; its {@code because} says why. The rules are checked against the production
 * classes in {@link ProductionClasses} and, to prove none of them passes vacuously, against the
 * deliberately bad classes in the {@code archfixture*} packages of this module's test sources.
 *
 * <p>No rule allows an empty selection (ArchUnit's default, kept on purpose): a rule whose
 * package was renamed or emptied fails instead of passing vacuously. {@code
 * RulePackagesAreNotEmptyTest} checks the same for every package this class names.
 */
public final class TaksitRules {

  static final String DOMAIN = "io.taksit.domain..";
  static final String APPLICATION = "io.taksit.application..";
  static final String INBOUND_PORTS = "io.taksit.application.port.in..";
  static final String OUTBOUND_PORTS = "io.taksit.application.port.out..";
  static final String ADAPTERS = "io.taksit.adapters..";
  static final String HTTP_SUPPORT = "io.taksit.adapters.http.support..";
  static final String HTTP_SPI = "io.taksit.adapters.http.spi..";
  static final String BOOTSTRAP = "io.taksit.bootstrap..";
  static final String CLI = "io.taksit.cli..";
  static final String CLI_VIEWS = "io.taksit.cli.view..";
  static final String SANDBOX_SPI = "io.taksit.sandbox.spi..";

  private TaksitRules() {}

  // ---------------------------------------------------------------------------------------------
  // Domain
  // ---------------------------------------------------------------------------------------------

  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK_AND_VAVR =
      classes()
          .that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "io.vavr..")
          .because("the domain is the stable core every provider and store plugs into: it may use"
              + " the JDK and vavr, and nothing else — not even the application layer");

  public static final ArchRule DOMAIN_USES_NO_ANNOTATION_FRAMEWORK =
      noClasses()
          .that().resideInAPackage(DOMAIN)
          .should().dependOnClassesThat().resideInAnyPackage(
              "jakarta..", "javax..", "com.fasterxml..", "org.springframework..", "lombok..",
              "org.mapstruct..", "org.hibernate..")
          .because("domain values validate themselves on construction and are mapped to JSON or"
              + " SQL by adapters; framework annotations would tie the core to a framework");

  public static final ArchRule DOMAIN_DOES_NO_IO =
      noClasses()
          .that().resideInAPackage(DOMAIN)
          .should().dependOnClassesThat(resideInAnyPackage(
                  "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..")
              .and(not(belongToAnyOf(Serializable.class)))
              .as("are I/O, network or JDBC types (java.io except Serializable, java.nio.file,"
                  + " java.nio.channels, java.net, java.sql)"))
          .orShould().accessField(System.class, "in")
          .because("the domain computes over values; files, sockets and databases are reached"
              + " through outbound ports");

  // ---------------------------------------------------------------------------------------------
  // Application
  // ---------------------------------------------------------------------------------------------

  public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_VAVR_AND_VALIDATION_API =
      classes()
          .that().resideInAPackage(APPLICATION)
          .should().onlyDependOnClassesThat().resideInAnyPackage(
              APPLICATION, DOMAIN, "java..", "io.vavr..", "jakarta.validation..")
          .because("use cases and ports are written against the domain, vavr and the Bean"
              + " Validation API only; everything concrete is plugged in behind a port");

  public static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE =
      noClasses()
          .that().resideInAPackage(APPLICATION)
          .should().dependOnClassesThat().resideInAnyPackage(
              ADAPTERS, BOOTSTRAP, "feign..", "com.fasterxml.jackson..", "java.sql..",
              "javax.sql..", "java.net.http..")
          .because("the application layer knows no provider, no HTTP, no JSON and no SQL: those"
              + " live in adapters behind outbound ports, wired by bootstrap");

  // ---------------------------------------------------------------------------------------------
  // Adapters and who may name them
  // ---------------------------------------------------------------------------------------------

  /** adapters-http and adapters-persistence ({@code io.taksit.adapters.<module>..}). */
  public static final ArchRule ADAPTER_MODULES_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("io.taksit.adapters.(*)..")
          .should().notDependOnEachOther()
          .because("HTTP providers and storage are independent plug-ins that only bootstrap"
              + " combines");

  /**
   * One package per provider; {@code io.taksit.adapters.http.support} is the shared plumbing and
   * {@code io.taksit.adapters.http.spi} the provider SPI.
   */
  public static final ArchRule PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("io.taksit.adapters.http.(*)..")
          .should().notDependOnEachOther()
          .ignoreDependency(alwaysTrue(), resideInAnyPackage(HTTP_SUPPORT, HTTP_SPI))
          .because("each provider adapter can be added, fixed or removed alone; what they share"
              + " lives in adapters.http.support and the SPI (which themselves name no provider)");

  /**
   * A provider's own packages: {@code io.taksit.adapters.http.<provider>..} and
   * {@code io.taksit.sandbox.<provider>..}, whatever the provider's name (the shared
   * {@code support} and {@code spi} packages of each excepted). Decided by the package's shape, not by a
   * list of providers, so a fifth provider is covered without an edit here.
   */
  static final DescribedPredicate<JavaClass> IN_A_PROVIDERS_PACKAGE = describe(
      "are in a provider's own package (io.taksit.adapters.http.<provider>.., "
          + "io.taksit.sandbox.<provider>..)",
      type -> {
        String name = type.getPackageName();
        return ownPackageUnder(name, "io.taksit.adapters.http.", Set.of("support", "spi"))
            || ownPackageUnder(name, "io.taksit.sandbox.", Set.of("spi", "support"));
      });

  private static boolean ownPackageUnder(String packageName, String root, Set<String> shared) {
    if (!packageName.startsWith(root)) {
      return false;
    }
    String first = packageName.substring(root.length()).split("\\.", 2)[0];
    return !first.isEmpty() && !shared.contains(first);
  }

  public static final ArchRule SHARED_CODE_REACHES_PROVIDERS_ONLY_THROUGH_THE_SPI =
      noClasses()
          .that().resideInAnyPackage(BOOTSTRAP, CLI, "io.taksit.sandbox", SANDBOX_SPI,
              "io.taksit.sandbox.support..")
          .should().dependOnClassesThat(IN_A_PROVIDERS_PACKAGE)
          .because("adding a provider adds files and edits none: the wiring, the configuration,"
              + " the CLI and the sandbox's shared packages find providers through the provider"
              + " SPI, so none of them may name one");

  /** {@code jdbc} and {@code memory}: two interchangeable implementations of the same ports. */
  public static final ArchRule PERSISTENCE_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("io.taksit.adapters.persistence.(*)..")
          .should().notDependOnEachOther()
          .because("the JDBC and in-memory stores are interchangeable implementations of the"
              + " same outbound ports");

  public static final ArchRule ONLY_BOOTSTRAP_NAMES_CONCRETE_ADAPTERS =
      noClasses()
          .that().resideInAPackage("io.taksit..")
          .and().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP, CLI)
          .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
          .because("the core reaches providers and storage only through ports; choosing concrete"
              + " adapters is the wiring's job (bootstrap, and the CLI that opens a store)");

  // ---------------------------------------------------------------------------------------------
  // Ports
  // ---------------------------------------------------------------------------------------------

  /**
   * The rule chosen for "ports are interfaces": a port package ({@code application.port.in..} or
   * {@code application.port.out..}, sub-packages included) holds ports, which are interfaces, and
   * the values they carry, which are records or enums (commands, queries, results, outcomes).
   * Nested types (a {@code Command} record declared inside its use case) are not checked. So any
   * top-level class in a port package that is neither a record nor an enum must be an interface:
   * services and abstract base classes live elsewhere. Chosen over a name-suffix convention because
   * it needs no list of suffixes and cannot be bypassed by renaming.
   */
  public static final ArchRule PORTS_ARE_INTERFACES =
      classes()
          .that().resideInAnyPackage(INBOUND_PORTS, OUTBOUND_PORTS)
          .and().areTopLevelClasses()
          .and().areNotRecords()
          .and().areNotEnums()
          .should().beInterfaces()
          .because("a port is a contract named for its purpose; implementations live in the"
              + " application services (inbound) or adapters (outbound), and the values a port"
              + " carries are records or enums");

  public static final ArchRule ADAPTERS_DO_NOT_IMPLEMENT_INBOUND_PORTS =
      noClasses()
          .that().resideInAPackage(ADAPTERS)
          .should().implement(resideInAPackage(INBOUND_PORTS))
          .because("adapters implement outbound ports (application.port.out); inbound ports are"
              + " the use cases the application itself implements");

  // ---------------------------------------------------------------------------------------------
  // The command line
  // ---------------------------------------------------------------------------------------------

  public static final ArchRule CLI_VIEWS_KNOW_NO_COMMAND_AND_PRINT_NOTHING =
      noClasses()
          .that().resideInAPackage(CLI_VIEWS)
          .should().dependOnClassesThat().resideInAnyPackage("io.taksit.cli", "picocli..")
          .orShould().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .because("a view is one record of what a command shows, built from a use case's"
              + " answer; which command shows it and where it is printed (JSON or text) is the"
              + " commands' and the terminal's business, so a view reads and tests alone");

  // ---------------------------------------------------------------------------------------------
  // Coding rules for the core (domain and application)
  // ---------------------------------------------------------------------------------------------

  private static final DescribedPredicate<JavaMethodCall> PRINT_STACK_TRACE =
      describe("Throwable.printStackTrace()", call ->
          call.getTarget().getName().equals("printStackTrace")
              && call.getTargetOwner().isAssignableTo(Throwable.class));

  public static final ArchRule CORE_DOES_NOT_WRITE_TO_STANDARD_STREAMS =
      noClasses()
          .that().resideInAnyPackage(DOMAIN, APPLICATION)
          .should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .orShould().callMethodWhere(PRINT_STACK_TRACE)
          .because("a library must not write to its host's console; outcomes are values and"
              + " failures are reported to the caller");

  public static final ArchRule CORE_DOES_NOT_USE_LEGACY_DATE_TIME =
      noClasses()
          .that().resideInAnyPackage(DOMAIN, APPLICATION)
          .should().dependOnClassesThat(assignableTo(java.util.Date.class)
              .or(assignableTo(Calendar.class))
              .or(assignableTo(java.text.DateFormat.class))
              .as("are legacy date-time types (java.util.Date, java.sql.Date/Time/Timestamp,"
                  + " Calendar, DateFormat)"))
          .because("due dates, expiries and attempt times are java.time values: immutable and"
              + " explicit about zones");

  private static final Set<String> FLOATING_POINT_TYPES =
      Set.of("double", "float", Double.class.getName(), Float.class.getName());

  public static final ArchRule CORE_HAS_NO_FLOATING_POINT_FIELDS =
      noFields()
          .that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN, APPLICATION)
          .should().haveRawType(describe("double, float, Double or Float (or arrays of them)",
              (JavaClass type) -> FLOATING_POINT_TYPES.contains(
                  type.getBaseComponentType().getName())))
          .because("amounts, fees and rates are exact decimals (BigDecimal, Money); binary"
              + " floating point cannot hold 0.1 and would lose minor units");

  public static final ArchRule CORE_DOES_NOT_LOG =
      noClasses()
          .that().resideInAnyPackage(DOMAIN, APPLICATION)
          .should().dependOnClassesThat(resideInAnyPackage(
                  "org.slf4j..", "java.util.logging..", "org.apache.logging..", "org.apache.log4j..",
                  "ch.qos.logback..", "org.apache.commons.logging..", "org.jboss.logging..")
              .or(belongToAnyOf(System.Logger.class))
              .as("are logging APIs (SLF4J, java.util.logging, System.Logger, Log4j, Logback,"
                  + " Commons Logging, JBoss Logging)"))
          .because("the core returns what happened as values; adapters and bootstrap decide what"
              + " is logged, and where secrets must be kept out of logs");
}
