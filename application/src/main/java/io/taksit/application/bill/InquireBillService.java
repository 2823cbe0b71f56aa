package io.taksit.application.bill;

import io.taksit.application.catalog.BillerDirectory;
import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.InquiredBills;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Asks the provider of an active biller what an account owes, and remembers the answer so that
 * fee quotes and payments are checked against what the provider said was due.
 *
 * <p>Nothing reaches the provider before the command is valid and the biller known and active.
 * A provider answer is trusted only after its integrity check: a bill of another biller or in
 * another currency is a broken adapter or provider, never something to pay against.
 */
public final class InquireBillService implements InquireBill {

  private final CommandValidator validator;
  private final BillerDirectory catalog;
  private final GatewayRegistry gateways;
  private final InquiredBills inquiredBills;

  /**
   * @param catalog the billers; a {@link BillerDirectory} also supplies the input fields each
   *     customer's inquiry is checked against
   */
  public InquireBillService(CommandValidator validator, BillerCatalog catalog,
      GatewayRegistry gateways, InquiredBills inquiredBills) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.catalog = BillerDirectory.of(Objects.requireNonNull(catalog, "catalog"));
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.inquiredBills = Objects.requireNonNull(inquiredBills, "inquiredBills");
  }

  @Override
  public Either<Failure, Bill> inquire(Command command) {
    return validator.validate(command).flatMap(valid -> BillerId.of(valid.billerId())
        .<Failure>mapLeft(e -> Failures.fromInput("billerId", e))
        .flatMap(billerId -> AccountRef.of(valid.account())
            .<Failure>mapLeft(e -> Failures.fromInput("account", e))
            .flatMap(account -> activeEntry(billerId)
                .flatMap(entry -> CustomerInputs.check(entry, valid.account(), valid.fields())
                    .flatMap(fields -> gateways.requireBillingFor(entry.biller())
                        // Sorted keys: an adapter that writes the fields out does so in a stable
                        // order.
                        .flatMap(gateway -> ask(gateway, new BillingGateway.InquiryRequest(
                            entry.biller(), account, TreeMap.ofAll(fields.toJavaMap())))))))));
  }

  private Either<Failure, CatalogEntry> activeEntry(BillerId id) {
    Option<CatalogEntry> found = catalog.entry(id);
    if (found.isEmpty()) {
      return Either.left(new Failure.NotFound("biller", id.value()));
    }
    Biller biller = found.get().biller();
    // A switched-off biller would only make the provider refuse, or worse, answer a stale bill.
    return biller.active()
        ? Either.right(found.get())
        : Either.left(new Failure.BillerInactive(biller.id().value()));
  }

  private Either<Failure, Bill> ask(BillingGateway gateway, BillingGateway.InquiryRequest request) {
    Biller biller = request.biller();
    ReadOutcome<Bill> outcome;
    try {
      outcome = gateway.inquire(request);
    } catch (RuntimeException broken) {
      // Only the class name: an exception message may carry request data or secrets.
      return Either.left(new Failure.ProviderUnavailable(biller.provider(),
          "the gateway failed: " + broken.getClass().getSimpleName(), Option.none()));
    }
    if (outcome == null) {
      return Either.left(new Failure.ProviderUnavailable(biller.provider(),
          "the gateway returned no outcome", Option.none()));
    }
    if (outcome instanceof ReadOutcome.Answered<Bill> answered) {
      return checked(biller, answered.value()).peek(inquiredBills::remember);
    }
    return Either.left(ReadFailures.of(biller.provider(), outcome));
  }

  /** The bill if it belongs to the biller asked about and is in its currency. */
  private static Either<Failure, Bill> checked(Biller biller, Bill bill) {
    if (!bill.billerId().equals(biller.id())) {
      return Either.left(new Failure.ProviderUnavailable(biller.provider(),
          "integrity: asked for a bill of biller " + biller.id() + " but got one of "
              + bill.billerId(), Option.none()));
    }
    if (!bill.currency().equals(biller.currency())) {
      return Either.left(new Failure.ProviderUnavailable(biller.provider(),
          "integrity: biller " + biller.id() + " bills in " + biller.currency().getCurrencyCode()
              + " but the bill is in " + bill.currency().getCurrencyCode(), Option.none()));
    }
    return Either.right(bill);
  }
}
