/** A fixture provider adapter, "alpha" (test sources only). */
package io.taksit.adapters.http.archfixturealpha;
