package io.taksit.adapters.http.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * The settings every MapStruct mapper of the adapters shares: a target field left unmapped is a
 * compile error, so a DTO field added later cannot silently travel empty.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR,
    unmappedSourcePolicy = ReportingPolicy.IGNORE)
public interface MapperDefaults {}
