package io.taksit.adapters.http.paywall;

import java.math.BigDecimal;

/**
 * Paywall's documented answers (seeds 001 and 002), verbatim, and answers built from them. The
 * refusals are illustrative: Paywall documents no error answer of the installment inquiry, only
 * the envelope's fields and the Payment API's error codes.
 */
final class PaywallSamples {

  /** Seed 002, the current shape: asked 30.00 TRY for BIN 435508-ish ANADOLUBANK debit card. */
  static final String CURRENT = """
      {
          "ErrorCodeType": 1,
          "ErrorMessage": null,
          "ErrorCode": 0,
          "Result": true,
          "Message": "",
          "Body": {
              "CardBank": "ANADOLUBANK A.Ş.",
              "CardBrand": "Master Card",
              "CardFamily": null,
              "CardKind": "Bireysel Kart",
              "CardType": "Debit",
              "Options": [
                  {
                      "PaymentGatewayId": 4149,
                      "PaymentGatewayName": "payjumptestt",
                      "Installment": 1,
                      "Commission": 2.00,
                      "Interest": 2.00,
                      "RawAmount": 30.0,
                      "InterestAmount": 30.60
                  }
              ]
          }
      }
      """;

  /** Seed 001, the older shape (no gateway id or name, no ErrorCodeType/ErrorMessage). */
  static final String OLDER = """
      {
          "ErrorCode": 0,
          "Result": true,
          "Message": "",
          "Body": {
              "CardBank": "T.HALK BANKASI A.Ş.",
              "CardBrand": "Master Card",
              "CardFamily": "Paraf",
              "CardKind": "Ticari Kart",
              "CardType": "Credit",
              "Options": [
                  {
                      "Installment": 1,
                      "Commission": 1.00,
                      "Interest": 3.00,
                      "RawAmount": 10.1,
                      "InterestAmount": 39.80
                  }
              ]
          }
      }
      """;

  /** The amount seed 002 answers for. */
  static final String CURRENT_AMOUNT = "30.00";
  /** The amount seed 001 answers for ({@code RawAmount 10.1}). */
  static final String OLDER_AMOUNT = "10.10";

  static final String REFUSAL_MESSAGE = "Taksit seçeneği bulunamadı. Lütfen BIN numarasını kontrol edin.";

  private PaywallSamples() {}

  /** Seed 002 with its option for {@code principal} instead of 30.0. */
  static String currentFor(BigDecimal principal) {
    return CURRENT.replace("\"RawAmount\": 30.0", "\"RawAmount\": " + principal.toPlainString());
  }

  /** A refusal in the current shape with {@code ErrorCode} {@code code}. */
  static String refusal(int code, String message) {
    return """
        {"ErrorCodeType": 2, "ErrorMessage": null, "ErrorCode": %d, "Result": false,
         "Message": "%s", "Body": null}
        """.formatted(code, message);
  }

  /** A success envelope around {@code body} (JSON text, or {@code null}). */
  static String answer(String body) {
    return """
        {"ErrorCodeType": 1, "ErrorMessage": null, "ErrorCode": 0, "Result": true, "Message": "",
         "Body": %s}
        """.formatted(body);
  }

  /** A body of a Garanti credit card with {@code options} (a JSON array's content). */
  static String body(String options) {
    return """
        {"CardBank": "T. GARANTİ BANKASI A.Ş.", "CardBrand": "Visa", "CardFamily": "Bonus",
         "CardKind": "Bireysel Kart", "CardType": "Credit", "Options": [%s]}
        """.formatted(options);
  }

  /** One option row in the current shape. */
  static String option(Object gatewayId, String gatewayName, int installment, String commission,
      String interest, String rawAmount, String interestAmount) {
    return """
        {"PaymentGatewayId": %s, "PaymentGatewayName": %s, "Installment": %d,
         "Commission": %s, "Interest": %s, "RawAmount": %s, "InterestAmount": %s}
        """.formatted(gatewayId, gatewayName == null ? "null" : "\"" + gatewayName + "\"",
        installment, commission, interest, rawAmount, interestAmount);
  }
}
