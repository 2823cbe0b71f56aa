package io.taksit.cli.view;

import io.taksit.application.outbox.Delivery;

/** {@code taksit events --deliver}: what one relay pass did with the events it claimed. */
public record DeliveryView(int delivered, int retrying, int deadLettered) implements View {

  public static DeliveryView of(Delivery delivery) {
    return new DeliveryView(delivery.delivered(), delivery.retrying(), delivery.deadLettered());
  }

  @Override
  public String text() {
    return "Delivered " + delivered + ", retrying " + retrying + ", dead-lettered "
        + deadLettered + System.lineSeparator();
  }
}
