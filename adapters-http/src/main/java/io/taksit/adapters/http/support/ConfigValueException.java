package io.taksit.adapters.http.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;

/**
 * A configuration value of the wrong shape, found while Jackson binds a provider's section, with
 * the rule it breaks ("must be a duration such as 500ms, 2s, 1m, 1h or 1d"). Jackson adds the
 * value's path as the exception travels up, so the loader reports {@code key: rule}. The value
 * itself is never part of the message: it may be a secret.
 */
public final class ConfigValueException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public ConfigValueException(JsonParser parser, String rule) {
    super(parser, Objects.requireNonNull(rule, "rule"));
    this.rule = rule;
  }

  /** The rule the value breaks, as the configuration's problems list it. */
  public String rule() {
    return rule;
  }
}
