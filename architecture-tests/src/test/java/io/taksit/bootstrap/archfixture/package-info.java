/** Fixture wiring (test sources only). */
package io.taksit.bootstrap.archfixture;
