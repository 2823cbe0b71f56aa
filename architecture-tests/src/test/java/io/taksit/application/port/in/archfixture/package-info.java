/**
 * Inbound-port fixtures (test sources only): {@link
 * io.taksit.application.port.in.archfixture.ClassPort} breaks PORTS_ARE_INTERFACES, the others
 * show the shapes the rule allows.
 */
package io.taksit.application.port.in.archfixture;
