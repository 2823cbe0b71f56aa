package io.taksit.sandbox;

/**
 * What a request to the sandbox asks a provider to do; fault plans choose by it. Each provider's
 * endpoint says which of its paths is which ({@link io.taksit.sandbox.spi.Route}).
 */
public enum SandboxOperation {
  /** Getting a bearer token: an authenticate call, an OAuth2 token. */
  AUTH,
  /** A bill inquiry. */
  INQUIRY,
  /** A fee call. */
  FEES,
  /** A payment (and its retry): the only money-moving calls. */
  PAY,
  /** A payment status call. */
  STATUS,
  /** An installment quote. */
  INSTALLMENTS,
  /** A listing of the provider's services (a catalog). */
  CATALOG
}
