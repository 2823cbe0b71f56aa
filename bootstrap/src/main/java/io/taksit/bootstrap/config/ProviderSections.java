package io.taksit.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderPlugin;
import io.taksit.adapters.http.spi.ProviderPlugins;
import io.taksit.adapters.http.support.ProviderConfigJson;
import io.taksit.bootstrap.provider.ConfiguredProvider;
import io.taksit.bootstrap.resilience.ResilienceSettings;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The {@code providers} section: each {@code providers.<id>} bound by Jackson to the
 * configuration record of the installed provider of that id ({@link ProviderPlugins}), then
 * checked by that provider's own rules. No provider is named here; an id nobody installed is a
 * problem that lists the installed ones.
 */
final class ProviderSections {

  private static final String PROVIDERS = "providers";
  private static final java.util.List<String> RESILIENCE_KEYS = java.util.List.of("breaker",
      "bulkhead");

  private final Problems problems;
  private final List<ProviderPlugin<?>> installed;

  ProviderSections(Problems problems, List<ProviderPlugin<?>> installed) {
    this.problems = problems;
    this.installed = installed;
  }

  /**
   * Every section that binds, in the file's order; its problems (and those of the sections that
   * do not) are reported.
   */
  List<ConfiguredProvider<?>> bind(Map<String, JsonNode> sections) {
    if (sections == null || sections.isEmpty()) {
      problems.addUnlessCovered(PROVIDERS, "must configure at least one provider ("
          + describeInstalled() + ")");
      return List.empty();
    }
    List<ConfiguredProvider<?>> configured = List.empty();
    for (Map.Entry<String, JsonNode> section : sections.entrySet()) {
      String key = PROVIDERS + "." + section.getKey();
      Option<ProviderPlugin<?>> plugin = installed.find(p -> p.id().value().equals(section.getKey()));
      if (plugin.isEmpty()) {
        problems.add(key, "is not an installed provider (" + describeInstalled() + ")");
        continue;
      }
      configured = configured.appendAll(bind(plugin.get(), key, section.getValue()));
    }
    return configured;
  }

  private <C> Option<ConfiguredProvider<?>> bind(ProviderPlugin<C> plugin, String key,
      JsonNode section) {
    ObjectNode tree;
    if (section == null || section.isNull()) {
      tree = ProviderConfigJson.binder().createObjectNode();
    } else if (section instanceof ObjectNode object) {
      tree = object.deepCopy();
    } else {
      problems.add(key, "must be a section of key: value pairs");
      return Option.none();
    }
    // The breaker and the bulkhead are Taksit's, the same for every provider: they are read
    // here, and the rest of the section is the provider's own.
    ObjectNode guarded = ProviderConfigJson.binder().createObjectNode();
    for (String field : RESILIENCE_KEYS) {
      if (tree.has(field)) {
        guarded.set(field, tree.remove(field));
      }
    }
    ResilienceSettings resilience = new TreeBinder(problems).bind(guarded,
        ResilienceSettings.class, ProviderConfigJson.binder(), key + ".", key);
    C config = new TreeBinder(problems).bind(tree, plugin.configType(),
        ProviderConfigJson.binder(), key + ".", key);
    if (config == null) {
      return Option.none();
    }
    problems.addAllUnlessCovered(PROVIDERS + ".", plugin.problems(config));
    return Option.some(new ConfiguredProvider<>(plugin, config,
        resilience == null ? ResilienceSettings.DEFAULTS : resilience));
  }

  /**
   * The installed providers that {@code sections} configure and that can do {@code capability},
   * whether or not their sections have problems (a biller naming one is not wrong for that).
   */
  List<ProviderPlugin<?>> configuredWith(Map<String, JsonNode> sections,
      ProviderCapability capability) {
    if (sections == null) {
      return List.empty();
    }
    return installed.filter(p -> sections.containsKey(p.id().value())
        && p.capabilities().contains(capability));
  }

  /** The installed providers that can do {@code capability}. */
  List<ProviderPlugin<?>> installedWith(ProviderCapability capability) {
    return installed.filter(p -> p.capabilities().contains(capability));
  }

  /** "installed: momkn, paywall, sipay, teqpay", from the class path. */
  private String describeInstalled() {
    return installed.isEmpty() ? "none is installed: add a provider's jar to the class path"
        : "installed: " + installed.map(ProviderPlugin::id).map(ProviderId::value).mkString(", ");
  }
}
