/**
 * Small in-memory caches in front of a store, for what the payment path would otherwise read back
 * from the database it just wrote (issue 14: each read is a round trip, about 0.1 ms on
 * PostgreSQL under the benchmarks' load, with a connection and a backend busy meanwhile). They
 * hold only what is safe to serve from one host instance's memory, each bounded in size and in
 * age, and each says in its javadoc why a stale entry cannot change an answer beyond what it
 * documents. The store behind them stays the truth that every instance shares.
 */
package io.taksit.adapters.persistence.cache;
