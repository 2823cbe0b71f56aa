/**
 * Outbound-port fixtures (test sources only): {@link
 * io.taksit.application.port.out.archfixture.AbstractClassPort} breaks PORTS_ARE_INTERFACES.
 */
package io.taksit.application.port.out.archfixture;
