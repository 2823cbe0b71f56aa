/** Deliberately bad CLI views: each must fail the rule named in its Javadoc. */
package io.taksit.cli.view.archfixture;
