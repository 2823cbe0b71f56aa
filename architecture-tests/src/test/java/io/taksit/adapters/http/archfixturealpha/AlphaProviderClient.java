package io.taksit.adapters.http.archfixturealpha;

/** A clean provider-adapter class, named by the other fixtures. */
public final class AlphaProviderClient {

  public String inquire(String account) {
    return account;
  }
}
