/**
 * {@code taksit demo}: the main job, narrated, against the embedded provider sandbox. Taksit is
 * wired exactly as a host would wire it (the real HTTP adapters, an H2 file store) and pays bills,
 * survives a lost answer and a throttled call, and quotes installment plans; the run ends by
 * checking the sandbox's ledger against Taksit's records. Entry points: {@link
 * io.taksit.cli.demo.DemoCommand} (picocli) and {@link
 * io.taksit.cli.demo.DemoScenario}.
 */
package io.taksit.cli.demo;
