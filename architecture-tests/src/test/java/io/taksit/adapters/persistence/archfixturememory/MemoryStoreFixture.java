package io.taksit.adapters.persistence.archfixturememory;

/** A clean in-memory store. */
public final class MemoryStoreFixture {

  public int size() {
    return 0;
  }
}
