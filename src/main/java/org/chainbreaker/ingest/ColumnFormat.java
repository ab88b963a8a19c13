package org.chainbreaker.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one column's text becomes a value: normalised, checked, typed. {@link #parse} returns the value or throws
 * {@link BadValue} with a reason an operator can act on.
 */
enum ColumnFormat {
  /** Free text, normalised (see {@link Normaliser#text}). */
  TEXT("text", 2_000),
  /** A person's name (see {@link Normaliser#name}). */
  NAME("name", 100),
  /** A natural key written by the source system (waybill number, case number, gang id): text without spaces. */
  KEY("key, no spaces", 64),
  /** A phone number: 5 to 15 digits after normalising ({@code +86 138-0000-0000} → {@code 13800000000}). */
  PHONE("phone number, 5-15 digits"),
  /** A resident ID number: 18 characters (17 digits and a digit or X) or the old 15 digits. */
  ID_NUMBER("ID number, 18 (17 digits + digit/X) or 15 digits"),
  /** An address, normalised (see {@link Normaliser#address}). */
  ADDRESS("address text", 300),
  /** A region code of the catalogue (GB/T 2260, or ISO 3166-2 abroad), checked against it. */
  REGION("region code (GB/T 2260, e.g. 530102)"),
  /** An account number or a plate: letters and digits (see {@link Normaliser#key}). */
  ACCOUNT("account number, letters and digits"),
  /** A vehicle plate (see {@link Normaliser#key}). */
  PLATE("vehicle plate"),
  /** A point in time as epoch milliseconds; ISO-8601 with an offset, or local time in China (UTC+8). */
  DATETIME("ISO-8601 date-time (2026-03-01T10:15:00+08:00; without offset: China time; a date alone: 00:00)"),
  /** A calendar date. */
  DATE("ISO-8601 date (2026-03-01)"),
  /** A non-negative decimal number (a dot as decimal separator). */
  DECIMAL("decimal number >= 0, e.g. 1.25"),
  /** A non-negative whole number. */
  INTEGER("whole number >= 0"),
  /** Three letters, upper case (ISO 4217). */
  CURRENCY("ISO 4217 currency code, e.g. CNY"),
  /** A list of names separated by "|". */
  NAMES("names separated by |", 100),
  /** One of a fixed set of words, any case. */
  CHOICE("one of the listed values");

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Pattern DIGITS = Pattern.compile("\\d{5,15}");
  private static final Pattern ID_18 = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern ID_15 = Pattern.compile("\\d{15}");
  private static final Pattern ALNUM = Pattern.compile("[\\p{L}\\p{N}]{1,40}");
  private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final DateTimeFormatter LOCAL_WITH_SPACE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private final String description;
  // Most characters a value (for NAMES: each name) may have after normalising, 0 when the format itself bounds it.
  // Well under what the database indexes take (8 KB a key: 2,000 Chinese characters are 6,000 bytes of UTF-8), so
  // such a value is rejected naming its column, not refused by an index.
  private final int maxLength;

  ColumnFormat(String description) {
    this(description, 0);
  }

  ColumnFormat(String description, int maxLength) {
    this.description = description;
    this.maxLength = maxLength;
  }

  /** What the README says the column takes. */
  String description() {
    return maxLength == 0 || this == KEY ? description
        : String.format("%s, at most %,d characters%s", description, maxLength, this == NAMES ? " each" : "");
  }

  /** Most characters a value may have after normalising (for names: each name); 0 when the format bounds it. */
  int maxLength() {
    return maxLength;
  }

  private <T extends CharSequence> T bounded(T value) {
    if (value != null && value.length() > maxLength) {
      throw new BadValue(String.format("too long: %,d characters, at most %,d", value.length(), maxLength));
    }
    return value;
  }

  /** A value that cannot be used, with why. */
  static final class BadValue extends RuntimeException {
    BadValue(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The value of non-blank text (the caller handles blanks); {@code choices} only for {@link #CHOICE}. */
  Object parse(String raw, List<String> choices, Set<String> regions) {
    return switch (this) {
      case TEXT -> bounded(Normaliser.text(raw));
      case NAME -> bounded(Normaliser.name(raw));
      case KEY -> {
        String key = Normaliser.text(raw);
        if (key.contains(" ") || key.length() > maxLength) {
          throw new BadValue("not a key (no spaces, at most " + maxLength + " characters): '" + raw + "'");
        }
        yield key;
      }
      case PHONE -> {
        String phone = Normaliser.phone(raw);
        if (!DIGITS.matcher(phone).matches()) {
          throw new BadValue("not a phone number (5 to 15 digits): '" + raw + "'");
        }
        yield phone;
      }
      case ID_NUMBER -> {
        String id = Normaliser.idNumber(raw);
        if (!ID_18.matcher(id).matches() && !ID_15.matcher(id).matches()) {
          throw new BadValue("not an ID number (17 digits and a digit or X, or 15 digits): '" + raw + "'");
        }
        yield id;
      }
      case ADDRESS -> bounded(Normaliser.address(raw));
      case REGION -> {
        // GB/T 2260 digits, or ISO 3166-2 abroad: the dash of MM-17 is part of the code
        String code = Normaliser.text(raw).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!regions.contains(code)) {
          throw new BadValue("unknown region code '" + raw + "' (not in the GB/T 2260 catalogue)");
        }
        yield code;
      }
      case ACCOUNT, PLATE -> {
        String key = Normaliser.key(raw);
        if (!ALNUM.matcher(key).matches()) {
          throw new BadValue("not an " + (this == PLATE ? "plate" : "account number") + " (letters and digits): '"
              + raw + "'");
        }
        yield key;
      }
      case DATETIME -> dateTime(Normaliser.text(raw));
      case DATE -> {
        try {
          yield LocalDate.parse(Normaliser.text(raw));
        } catch (DateTimeParseException e) {
          throw new BadValue("not a date (2026-03-01): '" + raw + "'");
        }
      }
      case DECIMAL -> {
        try {
          BigDecimal number = new BigDecimal(Normaliser.text(raw));
          if (number.signum() < 0) {
            throw new BadValue("negative: " + raw);
          }
          yield number.doubleValue();
        } catch (NumberFormatException e) {
          throw new BadValue("not a number (a dot as decimal separator): '" + raw + "'");
        }
      }
      case INTEGER -> {
        try {
          long number = Long.parseLong(Normaliser.text(raw));
          if (number < 0) {
            throw new BadValue("negative: " + raw);
          }
          yield number;
        } catch (NumberFormatException e) {
          throw new BadValue("not a whole number: '" + raw + "'");
        }
      }
      case CURRENCY -> {
        String code = Normaliser.text(raw).toUpperCase(Locale.ROOT);
        if (!ISO_CURRENCY.matcher(code).matches()) {
          throw new BadValue("not a currency code (three letters, e.g. CNY): '" + raw + "'");
        }
        yield code;
      }
      case NAMES -> Arrays.stream(raw.split("\\|")).map(Normaliser::name).filter(name -> name != null)
          .map(this::bounded).distinct().toList();
      case CHOICE -> {
        String word = Normaliser.text(raw).toUpperCase(Locale.ROOT);
        if (!choices.contains(word)) {
          throw new BadValue("'" + raw + "' is not one of " + String.join(", ", choices));
        }
        yield word;
      }
    };
  }

  private static long dateTime(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).atZone(CHINA).toInstant().toEpochMilli();
      } catch (DateTimeParseException notIsoLocal) {
        try {
          return LocalDateTime.parse(text, LOCAL_WITH_SPACE).atZone(CHINA).toInstant().toEpochMilli();
        } catch (DateTimeParseException notWithSpace) {
          try {
            return LocalDate.parse(text).atStartOfDay(CHINA).toInstant().toEpochMilli();
          } catch (DateTimeParseException notDate) {
            throw new BadValue("not a date-time (2026-03-01T10:15:00+08:00 or 2026-03-01 10:15): '" + text + "'");
          }
        }
      }
    }
  }
}
