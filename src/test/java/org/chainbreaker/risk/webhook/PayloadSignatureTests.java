package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadSignatureTests {

  @Test
  void signatureIsHmacSha256OfTimestampDotBodyInLowerCaseHex() {
    // Reference value: printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'secret'
    assertThat(PayloadSignature.sign("secret", 1_700_000_000L, "{\"a\":1}"))
        .isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
  }

  @Test
  void anotherSecretTimestampOrBodyGivesAnotherSignature() {
    String signature = PayloadSignature.sign("secret", 1L, "body");
    assertThat(PayloadSignature.sign("secret2", 1L, "body")).isNotEqualTo(signature);
    assertThat(PayloadSignature.sign("secret", 2L, "body")).isNotEqualTo(signature);
    assertThat(PayloadSignature.sign("secret", 1L, "body ")).isNotEqualTo(signature);
  }

  @Test
  void nonAsciiBodiesAreSignedAsUtf8() {
    // Reference value: printf '%s' '5.{"w":"云南"}' | openssl dgst -sha256 -hmac 'k'
    assertThat(PayloadSignature.sign("k", 5L, "{\"w\":\"云南\"}"))
        .isEqualTo("sha256=76d687e801b0114980d6d8ea57a0e82e6413c23f8e64b19d401bb2e6631ece0b");
  }
}
