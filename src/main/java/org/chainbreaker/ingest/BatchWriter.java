package org.chainbreaker.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.ScriptTransaction;
import org.neo4j.driver.Record;

/**
 * Writes one batch of checked rows of a type in one write transaction (all or nothing): the addresses they name,
 * then the persons they name (read candidates, resolve by {@link PersonMatch}, merge), then the candidate links, then
 * the type's own script (waybills: new ones created, known ones updated), and the job's running totals. Every row carries its provenance.
 */
final class BatchWriter {

  /** Who writes: the job's id, the source system and the job's start (the import time of everything it creates). */
  record Provenance(String jobId, String source, OffsetDateTime importedAt) {}

  /** What a committed batch wrote. */
  record Written(long nodesCreated, long relationshipsCreated, long propertiesSet) {}

  private final CypherRunner runner;
  private final ImportType type;
  private final Provenance provenance;

  BatchWriter(CypherRunner runner, ImportType type, Provenance provenance) {
    this.runner = runner;
    this.type = type;
    this.provenance = provenance;
  }

  /**
   * Writes the rows in one transaction, which also records the job's running totals as they stand once it commits
   * ({@code progress}: the parameters of {@code ingest/job-progress}): the job's heartbeat is its last committed batch.
   */
  Written write(List<RowCheck.Checked> rows, Map<String, Object> progress) {
    return runner.writeTogether(tx -> {
      List<Map<String, Object>> params = new ArrayList<>(rows.size());
      List<Map<String, Object>> provs = new ArrayList<>(rows.size());
      for (RowCheck.Checked row : rows) {
        provs.add(prov(row));
      }
      writeAddresses(tx, rows, provs);
      List<List<PersonResolver.Resolved>> persons = resolvePersons(tx, rows, provs);
      for (int i = 0; i < rows.size(); i++) {
        params.add(parameters(rows.get(i), persons.get(i), provs.get(i)));
      }
      writeRows(tx, params);
      Written written = new Written(tx.nodesCreated(), tx.relationshipsCreated(), tx.propertiesSet());
      tx.run("ingest/job-progress", progress);
      return written;
    });
  }

  /**
   * Runs the type's script on the rows. Waybills new to the graph are created by {@code ingest/waybills-create}
   * (no MERGEs, no stale links to look for), the rest update theirs through {@code ingest/waybills}; a waybill named
   * again later in the batch is written after its earlier row, so the batch's last record of it is the one that stands.
   */
  private void writeRows(ScriptTransaction tx, List<Map<String, Object>> params) {
    if (type != ImportType.WAYBILLS) {
      tx.run(type.script(), Map.of("rows", params));
      return;
    }
    List<String> numbers = params.stream().map(row -> (String) row.get("waybillNo")).distinct().toList();
    Set<String> existing = new HashSet<>();
    for (Record record : tx.run("ingest/waybills-existing", Map.of("waybillNos", numbers))) {
      existing.add(record.get("waybillNo").asString());
    }
    // rounds: the n-th row naming a waybill goes in round n, so no statement sees one waybill twice
    Map<String, Integer> seen = new HashMap<>();
    List<Map<String, Object>> created = new ArrayList<>();
    List<List<Map<String, Object>>> updates = new ArrayList<>();
    for (Map<String, Object> row : params) {
      String number = (String) row.get("waybillNo");
      int round = seen.merge(number, 1, Integer::sum) - 1;
      if (round == 0 && !existing.contains(number)) {
        created.add(row);
      } else {
        while (updates.size() <= round) {
          updates.add(new ArrayList<>());
        }
        updates.get(round).add(row);
      }
    }
    if (!created.isEmpty()) {
      tx.run("ingest/waybills-create", Map.of("rows", created));
    }
    for (List<Map<String, Object>> round : updates) {
      if (!round.isEmpty()) {
        tx.run(type.script(), Map.of("rows", round));
      }
    }
  }

  private Map<String, Object> prov(RowCheck.Checked row) {
    String record = type.keyColumn() != null
        ? row.text(type.keyColumn())
        : Path.of(row.raw().file()).getFileName() + ":" + row.raw().line();
    Map<String, Object> prov = new HashMap<>();
    prov.put("importSource", provenance.source());
    prov.put("importRecord", record);
    prov.put("importJob", provenance.jobId());
    prov.put("importedAt", provenance.importedAt());
    return prov;
  }

  private void writeAddresses(ScriptTransaction tx, List<RowCheck.Checked> rows, List<Map<String, Object>> provs) {
    Map<String, Map<String, Object>> addresses = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RowCheck.Checked row = rows.get(i);
      switch (type) {
        case WAYBILLS -> {
          address(addresses, row.text("senderAddress"), row.text("senderRegion"), provs.get(i));
          address(addresses, row.text("receiverAddress"), row.text("receiverRegion"), provs.get(i));
        }
        case PERSONS, SEIZURES -> address(addresses, row.text("address"), row.text("region"), provs.get(i));
        default -> { }
      }
    }
    if (!addresses.isEmpty()) {
      tx.run("ingest/addresses", Map.of("addresses", List.copyOf(addresses.values())));
    }
  }

  private static void address(Map<String, Map<String, Object>> addresses, String text, String region,
      Map<String, Object> prov) {
    if (text != null) {
      // the first row naming an address in the batch decides its region, as the first batch does across batches
      addresses.putIfAbsent(text, Map.of("id", "AD-" + Normaliser.digest(text), "text", text, "regionCode", region,
          "prov", prov));
    }
  }

  /** The persons each row names, resolved; an empty list for rows naming none. */
  private List<List<PersonResolver.Resolved>> resolvePersons(ScriptTransaction tx, List<RowCheck.Checked> rows,
      List<Map<String, Object>> provs) {
    List<List<PersonMention>> mentions = new ArrayList<>(rows.size());
    // The graph is asked once per distinct mention (a busy sender is named on many waybills of a batch).
    Map<PersonMention, Integer> keys = new LinkedHashMap<>();
    for (RowCheck.Checked row : rows) {
      List<PersonMention> named = mentions(row);
      named.forEach(mention -> keys.putIfAbsent(mention, keys.size()));
      mentions.add(named);
    }
    if (keys.isEmpty()) {
      return rows.stream().map(row -> List.<PersonResolver.Resolved>of()).toList();
    }
    List<Map<String, Object>> query = new ArrayList<>(keys.size());
    keys.forEach((mention, key) -> {
      Map<String, Object> m = new HashMap<>();
      m.put("key", key);
      m.put("name", mention.name());
      m.put("idNumber", mention.idNumber());
      m.put("phone", mention.phone());
      m.put("address", mention.address());
      query.add(m);
    });
    Map<Integer, List<PersonCandidate>> candidates = new HashMap<>();
    for (Record record : tx.run("ingest/person-candidates", Map.of("mentions", query))) {
      candidates.computeIfAbsent(record.get("key").asInt(), key -> new ArrayList<>()).add(new PersonCandidate(
          record.get("id").asString(), record.get("name").asString(null), record.get("idNumber").asString(null),
          record.get("sharesPhone").asBoolean(), record.get("sharesAddress").asBoolean()));
    }
    PersonResolver resolver = new PersonResolver();
    List<List<PersonResolver.Resolved>> resolved = new ArrayList<>(rows.size());
    List<Map<String, Object>> persons = new ArrayList<>();
    Set<String> writes = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<PersonResolver.Resolved> ofRow = new ArrayList<>(2);
      for (PersonMention mention : mentions.get(i)) {
        PersonResolver.Resolved person = resolver.resolve(mention,
            candidates.getOrDefault(keys.get(mention), List.of()), type == ImportType.PERSONS, i);
        ofRow.add(person);
        if (!writes.add(person.personId() + "|" + person.idNumber() + "|" + mention.phone())) {
          continue; // the same write again: the first one (and its provenance) stands, as MERGE would keep it
        }
        Map<String, Object> write = new HashMap<>();
        write.put("id", person.personId());
        write.put("name", mention.name());
        write.put("idNumber", person.idNumber());
        write.put("phone", mention.phone());
        write.put("prov", provs.get(i));
        persons.add(write);
      }
      resolved.add(ofRow);
    }
    tx.run("ingest/persons-merge", Map.of("persons", persons));
    List<Map<String, Object>> pairs = resolver.possiblySame().stream().map(pair -> Map.<String, Object>of(
        "from", pair.from(), "to", pair.to(), "score", pair.score(), "reason", pair.reason(),
        "prov", provs.get(pair.row()))).toList();
    if (!pairs.isEmpty()) {
      tx.run("ingest/possibly-same-as", Map.of("pairs", pairs));
    }
    return resolved;
  }

  private List<PersonMention> mentions(RowCheck.Checked row) {
    return switch (type) {
      case WAYBILLS -> List.of(
          new PersonMention(row.text("senderName"), row.text("senderIdNumber"), row.text("senderPhone"),
              row.text("senderAddress")),
          new PersonMention(row.text("receiverName"), row.text("receiverIdNumber"), row.text("receiverPhone"),
              row.text("receiverAddress")));
      case PERSONS -> List.of(new PersonMention(row.text("name"), row.text("idNumber"), row.text("phone"),
          row.text("address")));
      case MEMBERSHIPS, CASES -> row.get("personName") == null ? List.of() : List.of(new PersonMention(
          row.text("personName"), row.text("personIdNumber"), row.text("personPhone"), null));
      default -> List.of();
    };
  }

  /** The type script's parameters for one row: its checked values, resolved person ids and provenance. */
  private Map<String, Object> parameters(RowCheck.Checked row, List<PersonResolver.Resolved> persons,
      Map<String, Object> prov) {
    Map<String, Object> params = new HashMap<>(row.values());
    for (Column column : type.columns()) {
      params.putIfAbsent(column.name(), null);
    }
    params.put("prov", prov);
    switch (type) {
      case WAYBILLS -> {
        params.put("senderId", persons.get(0).personId());
        params.put("receiverId", persons.get(1).personId());
      }
      case PERSONS -> {
        params.put("personId", persons.get(0).personId());
        if (params.get("aliases") == null) {
          params.put("aliases", List.of());
        }
      }
      case MEMBERSHIPS, CASES -> params.put("personId", persons.isEmpty() ? null : persons.get(0).personId());
      default -> { }
    }
    return params;
  }
}
