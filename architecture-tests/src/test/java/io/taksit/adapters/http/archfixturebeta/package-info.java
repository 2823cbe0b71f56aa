/** A second fixture provider adapter, "beta" (test sources only). */
package io.taksit.adapters.http.archfixturebeta;
