package io.taksit.cli.chaos;

/** Where in a money-moving call a host "dies". */
enum CrashPoint {
  /** The payment row is written (CREATED), the request never left: nothing can be charged. */
  PAY_BEFORE_SEND,
  /** The provider got the payment and may have charged; the answer dies with the host. */
  PAY_AFTER_SEND,
  /** A reconciler asked the provider and dies before storing the answer; its lease stays. */
  STATUS_AFTER_ASK
}
