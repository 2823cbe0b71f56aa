package io.taksit.adapters.http.momkn;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Momkn's {@code localDate} / {@code LocalDate}: {@code yyyy-MM-dd'T'HH:mm:ss} in one zone. */
final class MomknClock {

  private static final DateTimeFormatter LOCAL_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final Clock clock;
  private final ZoneId zone;

  MomknClock(Clock clock, ZoneId zone) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  String localDate() {
    return LOCAL_DATE.format(clock.instant().atZone(zone));
  }
}
