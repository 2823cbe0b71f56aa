package io.taksit.adapters.http.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.adapters.http.support.LogMasking;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The registry finds the providers of the class path through ServiceLoader alone. */
class ProviderPluginsTest {

  @Test
  void theProvidersOfThisModuleAreInstalledOnceEachInIdOrder() {
    List<String> ids = ProviderPlugins.ids().map(ProviderId::value);
    assertThat(ids).contains("momkn", "paywall", "sipay", "teqpay");
    assertThat(ids.toJavaList()).isSorted().doesNotHaveDuplicates();
    for (ProviderPlugin<?> plugin : ProviderPlugins.installed()) {
      assertThat(plugin.capabilities()).as(plugin.id().value()).isNotEmpty();
      assertThat(plugin.secretNames()).as(plugin.id().value()).isNotEmpty();
      assertThat(ProviderPlugins.find(plugin.id())).contains(plugin);
    }
    assertThat(ProviderPlugins.find("nobody")).isEmpty();
  }

  @Test
  void twoRegistrationsOfOneIdFailNamingBoth() {
    ProviderPlugin<?> one = ProviderPlugins.find("teqpay").get();
    assertThatThrownBy(() -> ProviderPlugins.checked(java.util.List.of(one, one)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("teqpay is registered twice");
  }

  @Test
  void everyInstalledProvidersSecretNamesAreMasked() {
    for (ProviderPlugin<?> plugin : ProviderPlugins.installed()) {
      for (String name : plugin.secretNames()) {
        assertThat(LogMasking.mask(name + ": value-that-leaks"))
            .as(name).doesNotContain("value-that-leaks");
        assertThat(LogMasking.mask("{\"" + name + "\":\"value-that-leaks\"}"))
            .as(name).doesNotContain("value-that-leaks");
      }
    }
  }
}
