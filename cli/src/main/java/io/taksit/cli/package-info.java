/**
 * The {@code taksit} command line: one subcommand per use case, run against the Taksit that a
 * configuration file describes. Tables for people, one JSON document per command with
 * {@code --json}; exit codes 0 ok, 1 business refusal, 2 usage or configuration error, 3 provider
 * unreachable or outcome not settled ({@link io.taksit.cli.ExitCodes}).
 */
package io.taksit.cli;
