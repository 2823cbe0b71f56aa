package io.taksit.domain.payment;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Who settled a payment by hand, why, and on what evidence (the provider's reference of the
 * transaction, a support ticket): what an auditor asks of every manual settlement. Each is
 * required, trimmed, and free of control characters.
 */
public record OperatorResolution(String operator, String reason, String evidence) {

  public static final int MAX_OPERATOR = 64;
  public static final int MAX_REASON = 500;
  public static final int MAX_EVIDENCE = 128;

  public OperatorResolution {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A resolution from outside input, or the first field that breaks its rule. */
  public static Either<InputError, OperatorResolution> of(String operator, String reason,
      String evidence) {
    return TextInput.required("operator", operator, MAX_OPERATOR).flatMap(who ->
        TextInput.required("reason", reason, MAX_REASON).flatMap(why ->
            TextInput.required("evidence", evidence, MAX_EVIDENCE)
                .map(proof -> new OperatorResolution(who, why, proof))));
  }
}
