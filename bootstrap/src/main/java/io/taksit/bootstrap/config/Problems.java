package io.taksit.bootstrap.config;

import io.taksit.adapters.http.support.ConfigProblem;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found so far, stage after stage (reading, substitution, binding, validation,
 * domain and adapter rules). A later stage's problem is left out when one was already reported
 * at its key, under it or above it: a value that failed one rule is not reported again by the
 * rules that could not use it.
 */
final class Problems {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final java.util.List<ConfigProblem> found = new ArrayList<>();

  /** Adds a problem unconditionally. */
  void add(String key, String rule) {
    found.add(new ConfigProblem(key, rule));
  }

  /** Adds a problem unless one is already reported at, under or above its key. */
  void addUnlessCovered(String key, String rule) {
    if (!covers(key)) {
      add(key, rule);
    }
  }

  /** Adds an adapter's or a nested part's problems, keys prefixed, unless covered. */
  void addAllUnlessCovered(String prefix, List<ConfigProblem> problems) {
    List<ConfigProblem> fresh = problems.filter(p -> !covers(prefix + p.key()));
    fresh.forEach(p -> add(prefix + p.key(), p.rule()));
  }

  /** Whether a problem is reported at {@code key}, under it, or above it. */
  boolean covers(String key) {
    return found.stream().anyMatch(p -> related(p.key(), key));
  }

  /** Whether every one of {@code keys} is free of problems (at, under or above it). */
  boolean clear(String... keys) {
    for (String key : keys) {
      if (covers(key)) {
        return false;
      }
    }
    return true;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Every problem, ordered by key (numbers in keys compared as numbers), each once. */
  List<ConfigProblem> sorted() {
    return List.ofAll(found).distinct().sorted(Comparator
        .comparing(ConfigProblem::key, Problems::compareKeys));
  }

  private static boolean related(String a, String b) {
    return a.equals(b) || isUnder(a, b) || isUnder(b, a);
  }

  private static boolean isUnder(String child, String parent) {
    return child.length() > parent.length() && child.startsWith(parent)
        && (child.charAt(parent.length()) == '.' || child.charAt(parent.length()) == '[');
  }

  /** {@code billers[2]} before {@code billers[10]}. */
  static int compareKeys(String a, String b) {
    Matcher ma = NUMBER.matcher(a);
    Matcher mb = NUMBER.matcher(b);
    int ia = 0;
    int ib = 0;
    while (ma.find(ia) && mb.find(ib) && ma.start() - ia == mb.start() - ib
        && a.regionMatches(ia, b, ib, ma.start() - ia)) {
      int byNumber = Long.compare(parse(ma.group()), parse(mb.group()));
      if (byNumber != 0) {
        return byNumber;
      }
      ia = ma.end();
      ib = mb.end();
    }
    return a.substring(ia).compareTo(b.substring(ib));
  }

  private static long parse(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
