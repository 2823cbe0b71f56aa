package io.taksit.domain.archfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks DOMAIN_DOES_NO_IO: reads a file. */
public final class DomainClassReadingFiles {

  public String tariff(Path file) throws IOException {
    return Files.readString(file);
  }
}
