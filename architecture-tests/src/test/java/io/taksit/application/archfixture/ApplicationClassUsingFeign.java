package io.taksit.application.archfixture;

import feign.Client;

/** Breaks APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE: an HTTP client. */
public final class ApplicationClassUsingFeign {

  public Client client;
}
