package io.taksit.application.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS_OR_INFRASTRUCTURE: JSON mapping. */
public final class ApplicationClassUsingObjectMapper {

  public ObjectMapper json = new ObjectMapper();
}
