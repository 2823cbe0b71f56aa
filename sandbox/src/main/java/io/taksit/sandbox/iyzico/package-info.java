/**
 * iyzico's side of the sandbox: {@code POST /payment/iyzipos/installment} with the
 * {@code IYZWSv2} signature verified, as {@code docs/providers-wire.md} ("iyzico") describes.
 */
package io.taksit.sandbox.iyzico;
