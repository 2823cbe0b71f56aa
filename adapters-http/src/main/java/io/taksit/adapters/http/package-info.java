/**
 * Provider adapters over HTTP: one package per provider (Momkn, Sipay Wallet, Paywall, Teqpay) and
 * {@code support} for the Feign plumbing they share. Built by the provider-adapter issue.
 */
package io.taksit.adapters.http;
