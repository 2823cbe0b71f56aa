package io.taksit.adapters.http.support.archfixture;

/** Clean shared plumbing, usable by every provider adapter. */
public final class SharedPlumbingFixture {

  public String userAgent() {
    return "taksit";
  }
}
