/** A fixture in-memory store (test sources only). */
package io.taksit.adapters.persistence.archfixturememory;
