package io.taksit.adapters.http.archfixturebeta;

/** A clean provider-adapter class of provider beta. */
public final class BetaProviderClient {

  public String inquire(String account) {
    return account;
  }
}
