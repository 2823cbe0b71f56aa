/**
 * JMH benchmarks, each measured beside a baseline in the same run and reported as a ratio.
 */
package io.taksit.benchmarks;
