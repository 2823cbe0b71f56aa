/** What every benchmark that crosses loopback HTTP shares: the JDK server's flags. */
package io.taksit.benchmarks.loopback;
