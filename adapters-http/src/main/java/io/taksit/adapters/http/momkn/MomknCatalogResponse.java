package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Momkn's answer to {@code GET /categories/{serviceListVersion}} ({@code providers.md},
 * "Catalog"): {@code code}, {@code message}, {@code serviceListVersion} and the
 * {@code serviceList} of categories and their services. <b>Assumed</b>: {@code serviceList} is an
 * object whose {@code serviceCategory} array holds the categories, each with its
 * {@code services}.
 */
public record MomknCatalogResponse(
    @JsonProperty("code") Integer code,
    @JsonProperty("message") String message,
    @JsonProperty("serviceListVersion") String serviceListVersion,
    @JsonProperty("serviceList") ServiceList serviceList) {

  /** The catalog's categories. */
  public record ServiceList(@JsonProperty("serviceCategory") List<Category> serviceCategory) {}

  /** One category and its services. */
  public record Category(@JsonProperty("categoryTitle") String categoryTitle,
      @JsonProperty("services") List<Service> services) {}

  /** One service: the configuration of a biller. */
  public record Service(
      @JsonProperty("serviceID") Integer serviceId,
      @JsonProperty("serviceName") String serviceName,
      @JsonProperty("categoryTitle") String categoryTitle,
      @JsonProperty("paymentModeID") Integer paymentModeId,
      @JsonProperty("status") Integer status,
      @JsonProperty("currency") String currency,
      @JsonProperty("minValue") BigDecimal minValue,
      @JsonProperty("maxValue") BigDecimal maxValue,
      @JsonProperty("interval") BigDecimal interval,
      @JsonProperty("inquirable") Boolean inquirable,
      @JsonProperty("billPaymentModeID") Integer billPaymentModeId,
      @JsonProperty("serviceTypeID") Integer serviceTypeId,
      @JsonProperty("serviceParameter") List<Parameter> serviceParameter) {}

  /** One input field of a service. */
  public record Parameter(
      @JsonProperty("label") String label,
      @JsonProperty("title") String title,
      @JsonProperty("valueModeID") Integer valueModeId,
      @JsonProperty("valueTypeID") Integer valueTypeId,
      @JsonProperty("optional") Boolean optional,
      @JsonProperty("sequence") Integer sequence,
      @JsonProperty("key") String key,
      @JsonProperty("valueList") List<String> valueList,
      @JsonProperty("value") String value,
      @JsonProperty("validationExpression") String validationExpression,
      @JsonProperty("validationMessage") String validationMessage,
      @JsonProperty("displayed") Boolean displayed) {}
}
