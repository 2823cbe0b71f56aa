/**
 * Deliberately bad domain classes (test sources only): each breaks one architecture rule, and the
 * architecture tests prove the rule fails on it. Never imported by the production rule checks.
 */
package io.taksit.domain.archfixture;
