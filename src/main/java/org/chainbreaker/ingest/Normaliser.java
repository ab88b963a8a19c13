package org.chainbreaker.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How imported keys and names are written before they are matched, so the same phone, ID number, account, plate,
 * name or address from two sources is one value. Every form first goes through NFKC (full-width letters, digits and
 * punctuation become half-width: {@code １３８} → {@code 138}, {@code （} → {@code (}), is trimmed, and has runs of
 * whitespace (including the ideographic space U+3000) collapsed to one space.
 */
final class Normaliser {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
  // A space next to a CJK character carries no meaning in a Chinese name or address ("昆明市 五华区" = "昆明市五华区").
  private static final Pattern SPACE_BY_CJK =
      Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]) | (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
  private static final Pattern NAME_DOTS = Pattern.compile("[•・･‧∙⋅]");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");
  private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s\\-.·]");

  private Normaliser() {}

  /** Free text: NFKC, trimmed, whitespace collapsed; null for blank. */
  static String text(String value) {
    if (value == null) {
      return null;
    }
    String text = WHITESPACE.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    return text.isEmpty() ? null : text;
  }

  /** A person's name: text, no spaces next to Chinese characters, the middle dots of transliterated names as "·". */
  static String name(String value) {
    String text = text(value);
    return text == null ? null : NAME_DOTS.matcher(SPACE_BY_CJK.matcher(text).replaceAll("")).replaceAll("·");
  }

  /** An address: text, no spaces next to Chinese characters, Latin letters upper case ("b座" = "B座"). */
  static String address(String value) {
    String text = text(value);
    return text == null ? null : SPACE_BY_CJK.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
  }

  /**
   * A phone number: digits only (spaces, dashes, dots and brackets dropped), a leading {@code +86} / {@code 0086}
   * dropped from a mainland number. Null when blank; the caller checks what is left is 5 to 15 digits.
   */
  static String phone(String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    String phone = PHONE_SEPARATORS.matcher(text).replaceAll("");
    if (phone.startsWith("+86") && phone.length() > 11) {
      phone = phone.substring(3);
    } else if (phone.startsWith("0086") && phone.length() > 12) {
      phone = phone.substring(4);
    } else if (phone.startsWith("+")) {
      phone = phone.substring(1);
    }
    return phone;
  }

  /** A resident ID number (or any ID document number): no separators, the check letter upper case. */
  static String idNumber(String value) {
    String text = text(value);
    return text == null ? null : KEY_SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
  }

  /** An account number or a vehicle plate: no spaces, dashes, dots or middle dots; letters upper case. */
  static String key(String value) {
    return idNumber(value);
  }

  /**
   * Why a value cannot be stored as text, or null when it can: a control character (U+0000-U+001F except tab, line
   * feed and carriage return; U+007F-U+009F), a non-character (U+FFFE, U+FFFF) or a lone surrogate (half a
   * character, which a JSON escape such as {@code \uD800} can produce). None of them is ever meaningful in a record,
   * and XML (GraphML exports) cannot hold them.
   */
  static String forbiddenCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
      if (control || c == '\uFFFE' || c == '\uFFFF') {
        return String.format("control character U+%04X at character %d (tab and line breaks are the only control "
            + "characters allowed)", (int) c, i + 1);
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("lone surrogate U+%04X at character %d (half of a character: not valid text)", (int) c,
            i + 1);
      }
    }
    return null;
  }

  /** A short, stable hex digest of a text: deterministic ids for entities that have no key of their own. */
  static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
