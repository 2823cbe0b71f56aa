package io.taksit.sandbox.momkn;

import java.util.Objects;

/**
 * What Momkn's sandbox accepts at {@code POST /accounts/{accountId}/authenticate}. The demo's
 * ({@link #demo()}) are not secrets, but they are treated as such all the same
 * ({@link #toString()} hides the password, nothing logs it) so that the habit holds.
 *
 * @param accountId the {@code {accountId}} of the authenticate path
 * @param userName  {@code UserName}
 * @param password  {@code Password}
 */
public record MomknCredentials(String accountId, String userName, String password) {

  public MomknCredentials {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(password, "password");
  }

  /** The demo's credentials, what a ready configuration is written with. */
  public static MomknCredentials demo() {
    return new MomknCredentials("10001", "taksit-demo", "momkn-sandbox-password");
  }

  /** Names the account and the user, never the password. */
  @Override
  public String toString() {
    return "MomknCredentials[account " + accountId + ", user " + userName + ", password hidden]";
  }
}
