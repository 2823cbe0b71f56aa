/**
 * Wiring, configuration, the {@code taksit} CLI and the embedded provider sandbox. The only
 * module that names concrete adapters. Built by the bootstrap issue.
 */
package io.taksit.bootstrap;
