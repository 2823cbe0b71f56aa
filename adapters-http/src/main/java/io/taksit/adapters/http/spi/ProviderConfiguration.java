package io.taksit.adapters.http.spi;

import io.taksit.adapters.http.support.ConfigProblem;
import io.vavr.collection.List;

/** A provider's configuration record: it knows its own problems, every one at once. */
public interface ProviderConfiguration {

  /** Every problem, keyed {@code <id>.<field>}; none when the configuration is usable. */
  List<ConfigProblem> problems();
}
