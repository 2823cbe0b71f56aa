/**
 * Application-layer fixtures (test sources only): {@link
 * io.taksit.application.archfixture.ApplicationServiceFixture} is a clean class, every other class
 * breaks one architecture rule.
 */
package io.taksit.application.archfixture;
