/** A fixture JDBC store (test sources only). */
package io.taksit.adapters.persistence.archfixturejdbc;
