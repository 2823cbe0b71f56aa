package io.taksit.adapters.http.spi;

/** What a provider does for Taksit; a provider may do both. */
public enum ProviderCapability {
  /** Inquires and pays bills: a {@link io.taksit.application.port.out.BillingGateway}. */
  BILLING,
  /** Quotes card installment plans: an {@link io.taksit.application.port.out.InstallmentGateway}. */
  INSTALLMENTS,
  /**
   * Lists its services as billers with their input fields: a
   * {@link io.taksit.application.port.out.CatalogGateway}, synced by {@code taksit billers --sync}.
   */
  CATALOG
}
