package com.example.takka;

import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A small host: Taksit from application.yml and one handler of payment events. */
@SpringBootApplication
public class TakkaHostApplication {

  /** What the host received, in order. */
  public static final class Receipts implements PaymentEventHandler {
    public final Queue<OutboxEntry> received = new ConcurrentLinkedQueue<>();

    @Override
    public void handle(OutboxEntry entry) {
      received.add(entry);
    }
  }

  @Bean
  Receipts receipts() {
    return new Receipts();
  }
}
