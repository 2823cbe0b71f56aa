package io.taksit.adapters.http.archfixturealpha;

import io.taksit.adapters.http.support.archfixture.SharedPlumbingFixture;

/** Allowed by PROVIDER_ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER: providers share adapters.http.support. */
public final class AlphaUsingSupport {

  public SharedPlumbingFixture plumbing = new SharedPlumbingFixture();
}
