package io.taksit.sandbox.momkn;

import static io.taksit.sandbox.support.Json.object;

import io.taksit.sandbox.spi.SandboxCall;
import io.taksit.sandbox.spi.SandboxReply;
import io.taksit.sandbox.support.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The sandbox's Momkn catalog ({@code GET /categories/{serviceListVersion}}, the shape of
 * {@code providers.md} "Catalog"): service 362 with the amount rule of the running service and
 * its billing-account field, and three services that show the other field types: a dropdown
 * (363), a date (364) and the provider's own regular expression (365). Each service carries the
 * catalog version it last changed in, so an incremental sync gets only what changed since.
 *
 * <p>Only 362 can be inquired and paid; the others exist in the catalog alone, as a provider's
 * catalog lists services a merchant is not set up for.
 */
final class MomknCatalogData {

  /** The catalog's version now: the number a full or incremental answer reports. */
  static final int VERSION = 3;

  private MomknCatalogData() {}

  /**
   * The answer to a catalog call from a caller whose token was accepted: the catalog since the
   * version in the path, once the three headers Momkn documents are there; a version that is not
   * a whole number is invalid input.
   */
  static SandboxReply answer(SandboxCall call, MomknService takka,
      BiFunction<Integer, String, SandboxReply> error) {
    for (String header : List.of("UserName", "ChannelIdentifier", "ServiceListVersion")) {
      if (call.header(header) == null || call.header(header).isBlank()) {
        return error.apply(400, "header " + header + " is required");
      }
    }
    int since;
    try {
      since = Integer.parseInt(call.route().parameter());
    } catch (NumberFormatException notAVersion) {
      return error.apply(400, "serviceListVersion must be a whole number");
    }
    if (since < 0) {
      return error.apply(400, "serviceListVersion must not be negative");
    }
    return Json.reply(200, since(since, takka));
  }

  /** The answer for {@code sinceVersion}: every service changed after it (all of them for 0). */
  static Map<String, Object> since(int sinceVersion, MomknService takka) {
    List<Object> services = new ArrayList<>();
    for (Versioned service : services(takka)) {
      if (service.changedIn() > sinceVersion) {
        services.add(service.json());
      }
    }
    return object("code", 0, "message", "Success",
        "serviceListVersion", Integer.toString(Math.max(VERSION, sinceVersion)),
        "serviceList", object("serviceCategory", List.of(
            object("categoryTitle", "Bill payment", "services", services))));
  }

  private record Versioned(int changedIn, Map<String, Object> json) {}

  private static List<Versioned> services(MomknService takka) {
    return List.of(
        new Versioned(1, service(Integer.parseInt(takka.serviceId()), takka.serviceName(), 1, 1,
            takka.minValue(), takka.maxValue(), takka.interval(), true, 1, List.of(
                parameter("رقم الحساب", "Takka loan account, 10 digits", 1, 1, false,
                    "billingAccount", List.of(), "^[0-9]{10}$",
                    "رقم الحساب ١٠ أرقام (the account is 10 digits)")))),
        new Versioned(1, service(363, "Electricity", 2, 2, "1", "50000", "0.01", true, 1,
            List.of(
                parameter("رقم العداد", "Meter number", 1, 1, false, "billingAccount",
                    List.of(), null, null),
                parameter("المحافظة", "Governorate", 3, 2, false, "governorate",
                    List.of("Cairo", "Giza", "Alexandria"), null, null)))),
        new Versioned(2, service(364, "Insurance premium", 1, 1, "50", "100000", "1", true, 1,
            List.of(
                parameter("رقم الوثيقة", "Policy number", 1, 1, false, "billingAccount",
                    List.of(), null, null),
                parameter("تاريخ الميلاد", "Holder's date of birth", 4, 2, false, "birthDate",
                    List.of(), null, null)))),
        new Versioned(3, service(365, "Mobile top-up", 3, 1, "5", "5000", "5", false, 1,
            List.of(parameter("رقم الموبايل", "Mobile number, 11 digits from 010, 011, 012 or 015",
                2, 1, false, "billingAccount", List.of(), "^01[0125][0-9]{8}$",
                "رقم الموبايل غير صحيح (not an Egyptian mobile number)")))));
  }

  private static Map<String, Object> service(int id, String name, int paymentMode,
      int billPaymentMode, Object min, Object max, Object interval, boolean inquirable,
      int status, List<Object> parameters) {
    return object("serviceID", id, "serviceName", name, "value", 0, "categoryTitle", "",
        "paymentModeID", paymentMode, "status", status, "currency", "EGP",
        "minValue", decimal(min), "maxValue", decimal(max), "interval", decimal(interval),
        "inquirable", inquirable, "billPaymentModeID", billPaymentMode, "serviceTypeID", 3,
        "serviceParameter", parameters);
  }

  private static Object parameter(String label, String title, int valueType, int sequence,
      boolean optional, String key, List<String> values, String expression, String message) {
    return object("label", label, "title", title, "valueModeID", 1, "valueTypeID", valueType,
        "optional", optional, "sequence", sequence, "key", key, "valueList", values,
        "value", "", "validationExpression", expression == null ? "" : expression,
        "validationMessage", message == null ? "" : message, "displayed", true);
  }

  private static java.math.BigDecimal decimal(Object value) {
    return value instanceof java.math.BigDecimal decimal ? decimal
        : new java.math.BigDecimal(value.toString());
  }
}
