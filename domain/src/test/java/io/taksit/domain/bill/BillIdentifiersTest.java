package io.taksit.domain.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.InputError;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

class BillIdentifiersTest {

  @Test
  void a_biller_id_takes_letters_digits_and_a_few_separators() {
    assertThat(BillerId.of("momkn:362_v2.takka-1").map(BillerId::value))
        .isEqualTo(Either.right("momkn:362_v2.takka-1"));
    assertThat(BillerId.of("  momkn-362 ")).isEqualTo(Either.right(new BillerId("momkn-362")));
  }

  @Test
  void a_biller_id_refuses_other_shapes() {
    assertThat(BillerId.of("momkn 362").getLeft()).isInstanceOf(InputError.Malformed.class);
    assertThat(BillerId.of("momkn/362").getLeft()).isInstanceOf(InputError.Malformed.class);
    assertThat(BillerId.of("a".repeat(65)).getLeft())
        .isEqualTo(new InputError.TooLong("billerId", 64, 65));
    assertThat(BillerId.of(" ").getLeft()).isEqualTo(new InputError.Blank("billerId"));
    assertThat(BillerId.of(null).getLeft()).isEqualTo(new InputError.Missing("billerId"));
    assertThatThrownBy(() -> new BillerId("bad id")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_account_reference_is_trimmed_bounded_and_may_be_shown() {
    AccountRef account = AccountRef.of(" 0100 123 4567 ").get();

    assertThat(account.value()).isEqualTo("0100 123 4567");
    assertThat(account).hasToString("0100 123 4567");
    assertThat(AccountRef.of("9".repeat(64)).isRight()).isTrue();
    assertThat(AccountRef.of("9".repeat(65)).getLeft())
        .isEqualTo(new InputError.TooLong("account", 64, 65));
    assertThat(AccountRef.of("").getLeft()).isEqualTo(new InputError.Blank("account"));
    assertThat(AccountRef.of("12\u000034").getLeft()).isInstanceOf(InputError.Malformed.class);
    assertThatThrownBy(() -> new AccountRef(" 123")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_bill_reference_takes_up_to_128_characters() {
    assertThat(BillReference.of("x".repeat(128)).isRight()).isTrue();
    assertThat(BillReference.of("x".repeat(129)).getLeft())
        .isEqualTo(new InputError.TooLong("billReference", 128, 129));
    assertThat(BillReference.of(null).getLeft()).isEqualTo(new InputError.Missing("billReference"));
    assertThat(BillReference.of("BRN-771").get()).hasToString("BRN-771");
  }
}
