package io.taksit.adapters.http.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Feign's Jackson decoding, with the body read to its end first.
 *
 * <p>Why not {@code feign.jackson.JacksonDecoder}: Feign's Java 11 client hands the body over as
 * the JDK's streaming {@code InputStream}, and Jackson stops reading at the end of the JSON value,
 * before the stream reports its end. Closing a JDK response stream that has not reached its end
 * closes the connection, so every answer cost a new TCP connection (measured: about 35 closed
 * connections a second on one thread where the hand-written client closed none). Besides the
 * handshake each time, a connection the server is closing can be picked for the next request,
 * which then fails after it was sent: an UNKNOWN payment that needed no doubt. Read to its end,
 * the stream lets the JDK return the connection to its pool.
 *
 * <p>Like Feign's decoder, an empty body is {@code null} (which {@link HttpCalls} reports as an
 * unreadable answer); the charset is the one the {@code Content-Type} names, UTF-8 if none.
 */
final class WholeBodyJacksonDecoder implements Decoder {

  private final ObjectMapper mapper;

  WholeBodyJacksonDecoder(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (response.body() == null) {
      return null;
    }
    byte[] body;
    try (InputStream in = response.body().asInputStream()) {
      body = in.readAllBytes();
    }
    if (body.length == 0) {
      return null;
    }
    Charset charset = response.charset();
    // Jackson reads UTF-8 bytes directly; another declared charset is decoded first.
    return StandardCharsets.UTF_8.equals(charset)
        ? mapper.readValue(body, mapper.constructType(type))
        : mapper.readValue(new String(body, charset), mapper.constructType(type));
  }
}
