package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a Momkn {@code Data[]} list, in requests and answers alike: {@code Key},
 * {@code Value} and the optional {@code Name} (a label; Taksit sends none and keeps none).
 * Values are kept verbatim, Arabic included; a number in an answer is kept as its JSON text.
 */
record MomknField(
    @JsonProperty("Key") String key,
    @JsonProperty("Value") String value,
    @JsonProperty("Name") String name) {

  static MomknField of(String key, String value) {
    return new MomknField(key, value, null);
  }
}
