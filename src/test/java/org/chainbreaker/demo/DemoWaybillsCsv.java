package org.chainbreaker.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chainbreaker.graph.RegionCatalogue;

/** The demo network's shipments as an import file: the waybill wide table of README "Importing data". */
public final class DemoWaybillsCsv {

  /** The columns, in the order of examples/import/waybills.csv. */
  public static final List<String> HEADER = List.of("waybillNo", "courier", "senderName", "senderPhone",
      "senderIdNumber", "senderAddress", "senderRegion", "receiverName", "receiverPhone", "receiverIdNumber",
      "receiverAddress", "receiverRegion", "declaredContent", "weightKg", "sentAt", "deliveredAt", "vehiclePlate");

  private DemoWaybillsCsv() {}

  /** Generates the demo network (seed and scale as the service would) and writes its shipments; returns the rows. */
  public static long write(long seed, double scale, Path file) throws IOException {
    DemoNetwork network = new DemoNetworkGenerator(seed, scale, RegionCatalogue.rows()).generate();
    Map<String, Map<String, Object>> persons = index(network.rows("persons"), "id");
    Map<String, Map<String, Object>> addresses = index(network.rows("addresses"), "id");
    long rows = 0;
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(writer)) {
      for (Map<String, Object> s : network.rows("shipments")) {
        Map<String, Object> sender = persons.get((String) s.get("senderId"));
        Map<String, Object> receiver = persons.get((String) s.get("receiverId"));
        Map<String, Object> origin = addresses.get((String) s.get("originId"));
        Map<String, Object> destination = addresses.get((String) s.get("destinationId"));
        csv.printRecord(s.get("waybillNo"), s.get("courier"), s.get("senderName"), s.get("senderPhone"),
            idNumberAsWritten(sender, s.get("senderName")), origin.get("text"), origin.get("regionCode"),
            s.get("receiverName"), s.get("receiverPhone"), idNumberAsWritten(receiver, s.get("receiverName")),
            destination.get("text"), destination.get("regionCode"), s.get("declaredContent"), s.get("weightKg"),
            time(s.get("sentAt")), time(s.get("receivedAt")), s.get("vehiclePlate"));
        rows++;
      }
    }
    return rows;
  }

  /** A courier's waybill carries an ID number only under the person's own name (never under an alias). */
  private static Object idNumberAsWritten(Map<String, Object> person, Object nameWritten) {
    return person.get("name").equals(nameWritten) ? person.get("idNumber") : null;
  }

  private static String time(Object epochMillis) {
    return epochMillis == null ? null
        : Instant.ofEpochMilli(((Number) epochMillis).longValue()).atOffset(ZoneOffset.ofHours(8)).toString();
  }

  private static Map<String, Map<String, Object>> index(List<Map<String, Object>> rows, String key) {
    Map<String, Map<String, Object>> index = new HashMap<>();
    rows.forEach(row -> index.put((String) row.get(key), row));
    return index;
  }
}
