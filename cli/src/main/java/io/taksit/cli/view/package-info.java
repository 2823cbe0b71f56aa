/**
 * What each {@code taksit} command shows, one record per view ({@link
 * io.taksit.cli.view.PaymentView}, {@link io.taksit.cli.view.BillView}...): a command turns its
 * use case's answer into the record and hands it to the terminal, the one place that picks how
 * to print it. With {@code --json} Jackson writes the record's components, in their order and
 * under their names (the contract for scripts, listed in {@code docs/configuration.md}), through
 * the one mapper of {@link io.taksit.cli.view.ViewJson}; otherwise the record's {@code text()}
 * renders the same components for people, with the shared {@code TextTable}. Because both come
 * from the same record, the JSON and the text cannot drift apart: a fact added to a view is in
 * both or visibly in one. Components are JSON-ready values (strings, exact {@code BigDecimal}
 * amounts written plain, enums by name, null for unknown, never omitted) so the documents stay
 * byte for byte what {@code ViewsCharacterizationTest} recorded.
 */
package io.taksit.cli.view;
