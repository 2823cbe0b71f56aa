package io.taksit.adapters.http.support;

import io.vavr.collection.List;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A provider's base URL. Plain {@code http} is accepted only for loopback hosts (a local stub or
 * the sandbox): credentials and account data never cross a network in clear text.
 */
public record Endpoint(URI uri) {

  public Endpoint {
    Objects.requireNonNull(uri, "uri");
    List<ConfigProblem> problems = problemsOf(uri);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.mkString("; "));
    }
  }

  /** @throws IllegalArgumentException naming the rule the URL breaks */
  public static Endpoint of(String url) {
    return new Endpoint(parse(url));
  }

  /** The problems of {@code url} under the key {@code baseUrl}, none when it is usable. */
  public static List<ConfigProblem> problemsOf(String url) {
    if (url == null || url.isBlank()) {
      return List.of(new ConfigProblem("baseUrl", "is required"));
    }
    try {
      return problemsOf(new URI(url));
    } catch (URISyntaxException e) {
      return List.of(new ConfigProblem("baseUrl", "is not a URL (" + e.getReason() + ")"));
    }
  }

  private static List<ConfigProblem> problemsOf(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return List.of(new ConfigProblem("baseUrl", "must be an absolute http(s) URL with a host"));
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      return List.of(new ConfigProblem("baseUrl", "must use https (plain http only for loopback hosts)"));
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      return List.of(new ConfigProblem("baseUrl", "must not carry a query or a fragment"));
    }
    return List.empty();
  }

  private static URI parse(String url) {
    try {
      return new URI(Objects.requireNonNull(url, "url"));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a URL (" + e.getReason() + ")", e);
    }
  }

  /** Loopback by name or literal address; no DNS lookup, so a setting cannot hang on resolution. */
  private static boolean isLoopback(String host) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** The base URL without a trailing slash, for Feign's target. */
  public String base() {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public String toString() {
    return base();
  }
}
