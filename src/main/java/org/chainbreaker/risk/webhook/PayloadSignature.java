package org.chainbreaker.risk.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Chainbreaker-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256, keyed with the
 * endpoint's secret, of {@code <X-Chainbreaker-Timestamp value>.<body>} (UTF-8). Signing the timestamp with the body
 * lets a receiver refuse replays of an old, captured request.
 */
final class PayloadSignature {

  static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private PayloadSignature() {}

  /** The header value for a body sent at {@code timestamp} (seconds since the epoch). */
  static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }
}
