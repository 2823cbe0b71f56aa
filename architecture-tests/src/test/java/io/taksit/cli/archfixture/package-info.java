/** Deliberately bad CLI classes: each must fail the rule named in its Javadoc. */
package io.taksit.cli.archfixture;
