/**
 * Provider adapters over HTTP: one package per provider ({@code momkn}, {@code sipay},
 * {@code paywall}, {@code teqpay}) and {@code support} for the Feign plumbing they share. The wire
 * formats, with every assumption marked, are in {@code docs/providers-wire.md}.
 */
package io.taksit.adapters.http;
