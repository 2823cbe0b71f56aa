package io.taksit.adapters.http.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of provider traffic. Every decimal is a {@code BigDecimal} (never a
 * double on the way), written plainly ({@code 1000000000}, not {@code 1E+9}); unknown fields are
 * ignored because providers add fields without notice; names match without case because the
 * providers' own documents mix {@code Brn} and {@code brn}; trailing commas (Teqpay's sample) are
 * accepted.
 */
public final class ProviderJson {

  private ProviderJson() {}

  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }
}
