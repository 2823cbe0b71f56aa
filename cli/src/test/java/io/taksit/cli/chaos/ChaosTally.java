package io.taksit.cli.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Named counters of what the campaign did and saw; thread-safe. */
final class ChaosTally {

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  void count(String name) {
    add(name, 1);
  }

  void add(String name, long amount) {
    counters.computeIfAbsent(name, n -> new LongAdder()).add(amount);
  }

  long get(String name) {
    LongAdder counter = counters.get(name);
    return counter == null ? 0 : counter.sum();
  }

  /** The counters whose names start with {@code prefix}, the prefix cut off, sorted by name. */
  Map<String, Long> startingWith(String prefix) {
    Map<String, Long> found = new TreeMap<>();
    counters.forEach((name, counter) -> {
      if (name.startsWith(prefix)) {
        found.put(name.substring(prefix.length()), counter.sum());
      }
    });
    return found;
  }
}
