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
 * the type's own script (waybills: new ones created, known ones updated), and the job's running totals. Everything
 * created records its provenance: the batch's (source, job, import time), sent once, and its own row's record id.
 */
final class BatchWriter {

  /** Who writes: the job's id, the source system and the job's start (the import time of everything it creates). */
  record Provenance(String jobId, String source, OffsetDateTime importedAt) {}

  /** What a committed batch wrote. */
  record Written(long nodesCreated, long relationshipsCreated, long propertiesSet) {}

  private final CypherRunner runner;
  private final ImportType type;
  /** What every script of every batch records on what it creates (with each entry's source record id). */
  private final Map<String, Object> batchProvenance;

  BatchWriter(CypherRunner runner, ImportType type, Provenance provenance) {
    this.runner = runner;
    this.type = type;
    this.batchProvenance = Map.of("importSource", provenance.source(), "importJob", provenance.jobId(),
        "importedAt", provenance.importedAt());
  }

  /**
   * Writes the rows in one transaction, which also records the job's running totals as they stand once it commits
   * ({@code progress}: the parameters of {@code ingest/job-progress}): the job's heartbeat is its last committed batch.
   */
  Written write(List<RowCheck.Checked> rows, Map<String, Object> progress) {
    return runner.writeTogether(tx -> {
      List<Map<String, Object>> params = new ArrayList<>(rows.size());
      List<String> records = new ArrayList<>(rows.size());
      for (RowCheck.Checked row : rows) {
        records.add(record(row));
      }
      writeAddresses(tx, rows, records);
      List<List<PersonResolver.Resolved>> persons = resolvePersons(tx, rows, records);
      for (int i = 0; i < rows.size(); i++) {
        params.add(parameters(rows.get(i), persons.get(i), records.get(i)));
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
      tx.run(type.script(), rowsOf(params));
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
      tx.run("ingest/waybills-create", rowsOf(created));
    }
    for (List<Map<String, Object>> round : updates) {
      if (!round.isEmpty()) {
        tx.run(type.script(), rowsOf(round));
      }
    }
  }

  /** A script's parameters: its list of entries, each with its own source record id, and the batch's provenance. */
  private Map<String, Object> entries(String name, List<Map<String, Object>> entries) {
    return Map.of(name, entries, "prov", batchProvenance);
  }

  private Map<String, Object> rowsOf(List<Map<String, Object>> rows) {
    return entries("rows", rows);
  }

  /** The row's source record id (its importRecord): the type's key column, or file:line. */
  private String record(RowCheck.Checked row) {
    return type.keyColumn() != null
        ? row.text(type.keyColumn())
        : Path.of(row.raw().file()).getFileName() + ":" + row.raw().line();
  }

  private void writeAddresses(ScriptTransaction tx, List<RowCheck.Checked> rows, List<String> records) {
    Map<String, Map<String, Object>> addresses = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RowCheck.Checked row = rows.get(i);
      switch (type) {
        case WAYBILLS -> {
          address(addresses, row.text("senderAddress"), row.text("senderRegion"), records.get(i));
          address(addresses, row.text("receiverAddress"), row.text("receiverRegion"), records.get(i));
        }
        case PERSONS, SEIZURES -> address(addresses, row.text("address"), row.text("region"), records.get(i));
        default -> { }
      }
    }
    if (!addresses.isEmpty()) {
      tx.run("ingest/addresses", entries("addresses", List.copyOf(addresses.values())));
    }
  }

  private static void address(Map<String, Map<String, Object>> addresses, String text, String region,
      String record) {
    if (text != null) {
      // the first row naming an address in the batch decides its region, as the first batch does across batches
      addresses.putIfAbsent(text, Map.of("id", "AD-" + Normaliser.digest(text), "text", text, "regionCode", region,
          "record", record));
    }
  }

  /** The persons each row names, resolved; an empty list for rows naming none. */
  private List<List<PersonResolver.Resolved>> resolvePersons(ScriptTransaction tx, List<RowCheck.Checked> rows,
      List<String> records) {
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
        write.put("record", records.get(i));
        persons.add(write);
      }
      resolved.add(ofRow);
    }
    tx.run("ingest/persons-merge", entries("persons", persons));
    List<Map<String, Object>> pairs = resolver.possiblySame().stream().map(pair -> Map.<String, Object>of(
        "from", pair.from(), "to", pair.to(), "score", pair.score(), "reason", pair.reason(),
        "record", records.get(pair.row()))).toList();
    if (!pairs.isEmpty()) {
      tx.run("ingest/possibly-same-as", entries("pairs", pairs));
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

  /** The type script's parameters for one row: its checked values, resolved person ids and source record id. */
  private Map<String, Object> parameters(RowCheck.Checked row, List<PersonResolver.Resolved> persons,
      String record) {
    Map<String, Object> params = new HashMap<>(row.values());
    for (Column column : type.columns()) {
      params.putIfAbsent(column.name(), null);
    }
    params.put("record", record);
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
