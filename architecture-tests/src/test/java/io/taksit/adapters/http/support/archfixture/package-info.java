/** Fixture shared HTTP plumbing (test sources only). */
package io.taksit.adapters.http.support.archfixture;
