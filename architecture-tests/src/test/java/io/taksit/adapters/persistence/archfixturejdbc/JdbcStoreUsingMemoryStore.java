package io.taksit.adapters.persistence.archfixturejdbc;

import io.taksit.adapters.persistence.archfixturememory.MemoryStoreFixture;

/** Breaks PERSISTENCE_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER: the JDBC store naming the memory one. */
public final class JdbcStoreUsingMemoryStore {

  public MemoryStoreFixture cache = new MemoryStoreFixture();
}
