/**
 * JMH benchmarks, each measured beside a baseline in the same run and reported as a ratio.
 * Built by the benchmark issue.
 */
package io.taksit.benchmarks;
