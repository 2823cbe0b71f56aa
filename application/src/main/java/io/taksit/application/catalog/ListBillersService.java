package io.taksit.application.catalog;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.ListBillers;
import io.taksit.application.validation.CommandValidator;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;

/** Lists the billers of {@link BillerDirectory}, all or one provider's. */
public final class ListBillersService implements ListBillers {

  private final CommandValidator validator;
  private final BillerDirectory directory;

  public ListBillersService(CommandValidator validator, BillerDirectory directory) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  @Override
  public Either<Failure, List<Listing>> list(Query query) {
    return validator.validate(query).map(valid -> directory.listings()
        .filter(listing -> valid.provider() == null
            || listing.biller().provider().value().equals(valid.provider())));
  }
}
