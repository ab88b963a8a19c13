package org.chainbreaker.ingest;

import static org.chainbreaker.ingest.Column.choice;
import static org.chainbreaker.ingest.Column.optional;
import static org.chainbreaker.ingest.Column.required;
import static org.chainbreaker.ingest.ColumnFormat.ACCOUNT;
import static org.chainbreaker.ingest.ColumnFormat.ADDRESS;
import static org.chainbreaker.ingest.ColumnFormat.CURRENCY;
import static org.chainbreaker.ingest.ColumnFormat.DATE;
import static org.chainbreaker.ingest.ColumnFormat.DATETIME;
import static org.chainbreaker.ingest.ColumnFormat.DECIMAL;
import static org.chainbreaker.ingest.ColumnFormat.ID_NUMBER;
import static org.chainbreaker.ingest.ColumnFormat.INTEGER;
import static org.chainbreaker.ingest.ColumnFormat.KEY;
import static org.chainbreaker.ingest.ColumnFormat.NAME;
import static org.chainbreaker.ingest.ColumnFormat.NAMES;
import static org.chainbreaker.ingest.ColumnFormat.PHONE;
import static org.chainbreaker.ingest.ColumnFormat.PLATE;
import static org.chainbreaker.ingest.ColumnFormat.REGION;
import static org.chainbreaker.ingest.ColumnFormat.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.chainbreaker.model.DrugType;
import org.chainbreaker.model.GangRole;
import org.chainbreaker.model.PersonStatus;

/**
 * The record types an import takes, each with its columns (the README's "Importing data" lists them) and the
 * {@code cypher/ingest/} script that writes a batch of its rows.
 */
public enum ImportType {
  /** The waybill wide table: one row per shipment, sender and receiver as written on it. */
  WAYBILLS("waybillNo",
      required("waybillNo", KEY, "waybill number (Shipment key)"),
      required("courier", TEXT, "courier company"),
      required("senderName", NAME, "sender's name as written"),
      required("senderPhone", PHONE, "sender's phone"),
      optional("senderIdNumber", ID_NUMBER, "sender's resident ID number"),
      required("senderAddress", ADDRESS, "sender's address"),
      required("senderRegion", REGION, "region code of the sender's address (county or prefecture)"),
      required("receiverName", NAME, "receiver's name as written"),
      required("receiverPhone", PHONE, "receiver's phone"),
      optional("receiverIdNumber", ID_NUMBER, "receiver's resident ID number"),
      required("receiverAddress", ADDRESS, "receiver's address"),
      required("receiverRegion", REGION, "region code of the receiver's address"),
      optional("declaredContent", TEXT, "content as declared"),
      optional("weightKg", DECIMAL, "weight in kg"),
      required("sentAt", DATETIME, "when it was sent"),
      optional("deliveredAt", DATETIME, "when it was delivered"),
      optional("vehiclePlate", PLATE, "plate of the vehicle (road cargo)")),
  /** Persons as a case system knows them. */
  PERSONS(null,
      optional("idNumber", ID_NUMBER, "resident ID number (matched first)"),
      required("name", NAME, "name"),
      optional("phone", PHONE, "a phone the person uses (idNumber or phone is required)"),
      optional("address", ADDRESS, "home address"),
      optional("region", REGION, "region code of the home address (required with address)"),
      optional("aliases", NAMES, "other names, separated by |"),
      choice("status", false, names(PersonStatus.values()), "police status"),
      choice("gender", false, List.of("M", "F"), "M or F"),
      optional("birthYear", INTEGER, "year of birth"),
      optional("occupation", TEXT, "occupation"),
      optional("account", ACCOUNT, "a bank account the person holds"),
      optional("vehiclePlate", PLATE, "a vehicle the person drives")),
  /** Gangs known to the police. */
  GANGS("id",
      required("id", KEY, "gang id (Gang key)"),
      required("name", TEXT, "name"),
      optional("description", TEXT, "description")),
  /** Gang memberships; the member is resolved like any person. */
  MEMBERSHIPS(null,
      required("gangId", KEY, "gang id"),
      optional("personIdNumber", ID_NUMBER, "member's ID number (or name and phone)"),
      optional("personName", NAME, "member's name"),
      optional("personPhone", PHONE, "member's phone"),
      choice("role", true, names(GangRole.values()), "role in the gang"),
      optional("since", DATE, "member since")),
  /** Call records between phone numbers. */
  CALLS(null,
      required("callerPhone", PHONE, "calling number"),
      required("calleePhone", PHONE, "called number"),
      required("startedAt", DATETIME, "start of the call"),
      required("durationSec", INTEGER, "duration in seconds")),
  /** Money transfers between accounts. */
  TRANSFERS(null,
      required("fromAccount", ACCOUNT, "paying account"),
      required("toAccount", ACCOUNT, "receiving account"),
      required("at", DATETIME, "time of the transfer"),
      required("amount", DECIMAL, "amount"),
      optional("currency", CURRENCY, "currency (default CNY)")),
  /** Criminal cases, optionally one involved person per row. */
  CASES("caseNumber",
      required("caseNumber", KEY, "case number (Case key)"),
      optional("title", TEXT, "title"),
      optional("status", TEXT, "status in the case system"),
      optional("agency", TEXT, "agency in charge"),
      optional("openedAt", DATETIME, "when the case was opened"),
      optional("personIdNumber", ID_NUMBER, "an involved person's ID number (or name and phone)"),
      optional("personName", NAME, "an involved person's name"),
      optional("personPhone", PHONE, "an involved person's phone"),
      choice("personRole", false, List.of("ARRESTED", "SUSPECT"), "the person's role (default SUSPECT)")),
  /** Seizures, linked to their case, the parcel they were found in and where. */
  SEIZURES("id",
      required("id", KEY, "seizure id (Seizure key)"),
      choice("drugType", true, names(DrugType.values()), "what was seized"),
      required("quantityKg", DECIMAL, "quantity in kg"),
      required("seizedAt", DATETIME, "when"),
      optional("caseNumber", KEY, "the case it belongs to"),
      optional("waybillNo", KEY, "the parcel it was found in (linked when that waybill is in the graph)"),
      optional("address", ADDRESS, "where it was seized"),
      optional("region", REGION, "region code of that address (required with address)"));

  private final String keyColumn;
  private final List<Column> columns;

  ImportType(String keyColumn, Column... columns) {
    this.keyColumn = keyColumn;
    this.columns = List.of(columns);
  }

  /** The columns, in the order the README and the example files list them. */
  List<Column> columns() {
    return columns;
  }

  /** The column holding the record's own key (its source record id), or null: then file:line identifies it. */
  String keyColumn() {
    return keyColumn;
  }

  /** The type's name as written in commands and URLs: {@code waybills}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The script writing a batch of this type's rows. */
  String script() {
    return "ingest/" + label();
  }

  /** The type named {@code waybills}, {@code WAYBILLS} ...; throws {@link ImportRefused} naming the known ones. */
  public static ImportType named(String name) {
    return Arrays.stream(values()).filter(type -> type.label().equalsIgnoreCase(name == null ? "" : name.strip()))
        .findFirst()
        .orElseThrow(() -> new ImportRefused("Unknown record type '" + name + "'; known types: " + labels()));
  }

  /** The known types' names, comma-separated. */
  public static String labels() {
    return String.join(", ", Stream.of(values()).map(ImportType::label).toList());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
