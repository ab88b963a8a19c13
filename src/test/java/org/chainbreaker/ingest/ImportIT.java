package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import engine and its HTTP and GraphQL entry points against the embedded database (demo data untouched). */
@ChainbreakerTest
class ImportIT {

  static final Path EXAMPLES = Path.of("examples/import");
  static final List<String> EXAMPLE_FILES = List.of("waybills.csv", "persons.csv", "gangs.csv", "memberships.csv",
      "calls.jsonl", "transfers.csv", "cases.csv", "seizures.jsonl");

  @LocalServerPort
  int port;
  @Autowired
  Driver driver;
  @Autowired
  ImportEngine engine;
  @Autowired
  CypherRunner runner;
  @Autowired
  HeardBatches heard;

  static ImportInput file(Path path) {
    return new ImportInput(path.toString(), ImportFormat.ofFileName(path.toString()), () -> Files.newInputStream(path));
  }

  static ImportType typeOf(String fileName) {
    return ImportType.named(fileName.substring(0, fileName.indexOf('.')));
  }

  List<ImportReport> importExamples(String source) {
    return EXAMPLE_FILES.stream().map(name -> engine.run(typeOf(name), source, List.of(file(EXAMPLES.resolve(name))),
        ImportListener.NONE)).toList();
  }

  List<Record> query(String cypher, Map<String, Object> parameters) {
    return driver.executableQuery(cypher).withParameters(parameters).execute().records();
  }

  @Nested
  class Examples {

    final ImportedGraph graph = new ImportedGraph(driver, "examples-it");

    @AfterEach
    void cleanUp() {
      graph.delete();
    }

    @Test
    void everyExampleFileImportsWithoutRejects() {
      for (ImportReport report : importExamples(graph.source())) {
        assertThat(report.status()).as(report.type()).isEqualTo("DONE");
        assertThat(report.rejects()).as(report.type()).isEmpty();
        assertThat(report.imported()).as(report.type()).isEqualTo(report.rowsRead()).isPositive();
      }
    }

    @Test
    void personsResolveAcrossRowsAndFilesByIdNumberThenNameAndPhone() {
      importExamples(graph.source());
      // Row 2 of waybills.csv has no ID number and the phone written "170 1234 0001": same name and phone as row 1.
      assertThat(query("""
          MATCH (p:Person {idNumber: '533102199003150517'})-[:SENT]->(s:Shipment)
          RETURN p.uid AS uid, collect(s.waybillNo) AS waybills, p.aliases AS aliases, p.status AS status""",
          Map.of())).singleElement().satisfies(row -> {
            assertThat(row.get("uid").asString()).isEqualTo("Person/ID-533102199003150517");
            assertThat(row.get("waybills").asList()).containsExactlyInAnyOrder("SF1700000000001", "SF1700000000002");
            assertThat(row.get("aliases").asList()).containsExactly("岩叫", "阿温");
            assertThat(row.get("status").asString()).isEqualTo("SUSPECT");
          });
      // 刘建军 writes his phone in full-width digits once; one person, one phone, linked by every file.
      assertThat(query("""
          MATCH (p:Person)-[:USES]->(:Phone {number: '17012340002'})
          RETURN p.name AS name, COUNT { (p)-[:SENT]->() } AS sent, COUNT { ()-[:ADDRESSED_TO]->(p) } AS received,
                 [(p)-[m:MEMBER_OF]->(g) | g.id + '/' + m.role] AS gangs,
                 [(c:Case)-[i:INVOLVES]->(p) | c.number + '/' + i.role] AS cases,
                 [(p)-[:HOLDS]->(a) | a.number] AS accounts, [(p)-[:DRIVES]->(v) | v.plate] AS vehicles""",
          Map.of())).singleElement().satisfies(row -> {
            assertThat(row.get("name").asString()).isEqualTo("刘建军");
            assertThat(row.get("sent").asLong()).isEqualTo(3);
            assertThat(row.get("received").asLong()).isEqualTo(2);
            assertThat(row.get("gangs").asList()).containsExactly("G-YN-2026-01/COURIER");
            assertThat(row.get("cases").asList()).containsExactly("A5301032026031/ARRESTED");
            assertThat(row.get("accounts").asList()).containsExactly("6217000000000002");
            assertThat(row.get("vehicles").asList()).containsExactly("云A8K3M2");
          });
      // The other 刘建军 of persons.csv: same name and home, another phone — a candidate link, not a merge.
      assertThat(query("""
          MATCH (a:Person {name: '刘建军'})-[r:POSSIBLY_SAME_AS]->(b:Person {name: '刘建军'})
          RETURN r.score AS score, r.reason AS reason, r.importSource AS source""", Map.of()))
          .singleElement().satisfies(row -> {
            assertThat(row.get("score").asDouble()).isEqualTo(0.7);
            assertThat(row.get("reason").asString()).isEqualTo("same name and address, different phone");
            assertThat(row.get("source").asString()).isEqualTo(graph.source());
          });
    }

    @Test
    void addressesAreOneNodeInTheirRegionAndShipmentsFollowTheModel() {
      importExamples(graph.source());
      assertThat(query("""
          MATCH (a:Address)-[:LOCATED_IN]->(r:Region)
          WHERE a.text STARTS WITH '云南省德宏州瑞丽市' AND a.importSource = $source
          RETURN a.text AS text, r.code AS region""", Map.of("source", graph.source())))
          .singleElement().satisfies(row -> {
            assertThat(row.get("text").asString()).isEqualTo("云南省德宏州瑞丽市姐告边境贸易区玉石街8号");
            assertThat(row.get("region").asString()).isEqualTo("533102");
          });
      GraphQlOverHttp.tester(port).documentName("shipment").variable("waybillNo", "DB1700000000005").execute()
          .errors().verify()
          .path("shipment.sender.name").entity(String.class).isEqualTo("刘建军")
          .path("shipment.receiver.name").entity(String.class).isEqualTo("王小东")
          .path("shipment.origin.region.code").entity(String.class).isEqualTo("530103")
          .path("shipment.destination.region.parent.code").entity(String.class).isEqualTo("510100")
          .path("shipment.vehicle.plate").entity(String.class).isEqualTo("云A8K3M2")
          .path("shipment.seizures[0].case.number").entity(String.class).isEqualTo("A5301032026031");
      // the province and prefecture of both ends, kept for the region analyses (schema/V009__region_codes)
      assertThat(query("""
          MATCH (a:Address {text: '云南省德宏州瑞丽市姐告边境贸易区玉石街8号'}), (s:Shipment {waybillNo: 'DB1700000000005'})
          RETURN [a.provinceCode, a.prefectureCode, s.originProvince, s.originPrefecture, s.destinationProvince,
                  s.destinationPrefecture] AS codes""", Map.of()).get(0).get("codes").asList(v -> v.asString()))
          .containsExactly("530000", "533100", "530000", "530100", "510000", "510100");
    }

    @Test
    void eachCommittedBatchIsAnnouncedWithItsRecordKeys() {
      ImportReport report = engine.run(ImportType.WAYBILLS, graph.source(), List.of(file(EXAMPLES.resolve("waybills.csv"))),
          ImportListener.NONE);
      List<String> announced = heard.ofJob(report.jobId()).stream()
          .peek(batch -> assertThat(batch.type()).isEqualTo("waybills"))
          .flatMap(batch -> batch.keys().stream()).toList();
      List<String> imported = query("MATCH (s:Shipment {importJob: $job}) RETURN s.waybillNo AS no",
          Map.of("job", report.jobId())).stream().map(r -> r.get("no").asString()).toList();
      assertThat(imported).hasSize((int) report.imported()).isNotEmpty();
      assertThat(announced).containsExactlyInAnyOrderElementsOf(imported);
    }

    @Test
    void reimportingTheSameFilesCreatesNothing() {
      importExamples(graph.source());
      Map<String, Long> before = graph.counts();
      for (ImportReport again : importExamples(graph.source())) {
        assertThat(again.nodesCreated()).as(again.type()).isZero();
        assertThat(again.relationshipsCreated()).as(again.type()).isZero();
        assertThat(again.imported()).as(again.type()).isPositive();
      }
      Map<String, Long> after = graph.counts();
      assertThat(after.get("nodes")).isEqualTo(before.get("nodes"));
      assertThat(after.get("relationships")).isEqualTo(before.get("relationships"));
      assertThat(after.get("jobs")).isEqualTo(before.get("jobs") + EXAMPLE_FILES.size());
    }

    @Test
    void everythingCreatedCarriesItsProvenanceAndTheJobItsReport() {
      ImportReport report = importExamples(graph.source()).get(0);
      assertThat(query("""
          MATCH (s:Shipment {waybillNo: 'SF1700000000001'})-[r:FROM_ADDRESS]->()
          RETURN s.importSource AS source, s.importRecord AS record, s.importJob AS job, s.importedAt AS at,
                 r.importJob AS relationshipJob""", Map.of())).singleElement().satisfies(row -> {
            assertThat(row.get("source").asString()).isEqualTo(graph.source());
            assertThat(row.get("record").asString()).isEqualTo("SF1700000000001");
            assertThat(row.get("job").asString()).isEqualTo(report.jobId());
            assertThat(row.get("at").isNull()).isFalse();
            assertThat(row.get("relationshipJob").asString()).isEqualTo(report.jobId());
          });
      // every link a waybill row wrote carries the batch's provenance and that row's own record id
      Record links = query("""
          MATCH (s:Shipment {importJob: $job})
                -[r:SENT|ADDRESSED_TO|FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE|CARRIED_BY]-()
          RETURN count(r) AS links, count(CASE WHEN r.importJob = $job AND r.importSource = $source
                 AND r.importRecord = s.waybillNo AND r.importedAt = s.importedAt THEN 1 END) AS complete""",
          Map.of("job", report.jobId(), "source", graph.source())).get(0);
      assertThat(links.get("links").asLong()).isGreaterThanOrEqualTo(6L * 5);
      assertThat(links.get("complete").asLong()).isEqualTo(links.get("links").asLong());
      assertThat(query("MATCH (n:Phone {number: '17012340004'}) RETURN n.importRecord AS record", Map.of()))
          .singleElement().satisfies(row -> assertThat(row.get("record").asString()).isEqualTo("DB1700000000005"));
      assertThat(query("MATCH (:Phone {number: '17012340003'})-[c:CALLED]->() RETURN c.importRecord AS record",
          Map.of())).singleElement().satisfies(row -> assertThat(row.get("record").asString()).isEqualTo("calls.jsonl:3"));
      GraphQlOverHttp.tester(port).documentName("import-job").variable("id", report.jobId()).execute().errors()
          .verify()
          .path("importJob.status").entity(String.class).isEqualTo("DONE")
          .path("importJob.source").entity(String.class).isEqualTo(graph.source())
          .path("importJob.rowsRead").entity(Long.class).isEqualTo(5L)
          .path("importJob.nodesCreated").entity(Long.class).isEqualTo(report.nodesCreated())
          .path("importJob.files").entityList(String.class).containsExactly("examples/import/waybills.csv");
    }
  }

  @Nested
  class BadRows {

    final ImportedGraph graph = new ImportedGraph(driver, "bad-rows-it");

    @AfterEach
    void cleanUp() {
      graph.delete();
    }

    @Test
    void badRowsAreRejectedWithLineColumnAndReasonAndNeverHalfWritten(@TempDir Path dir) throws IOException {
      Path csv = Files.writeString(dir.resolve("mixed.csv"), Waybills.HEADER + "\n"
          + Waybills.row("BR1700000000001", "17099990001", "530102", "2026-03-01 10:00", "1.5") + "\n"
          + Waybills.row("", "17099990002", "530102", "2026-03-01 10:00", "1.5") + "\n"
          + Waybills.row("BR1700000000003", "17099990003", "530102", "2026-13-01 10:00", "1.5") + "\n"
          + Waybills.row("BR1700000000004", "17099990004", "539999", "2026-03-01 10:00", "1.5") + "\n"
          + Waybills.row("BR1700000000005", "17099990005", "530102", "2026-03-01 10:00", "1.5kg") + "\n"
          + "BR1700000000006,顺丰速运,张三\n"
          + Waybills.row("BR1700000000007", "17099990007", "530102", "2026-03-02 10:00", "2") + "\n",
          StandardCharsets.UTF_8);
      ImportReport report = engine.run(ImportType.WAYBILLS, graph.source(), List.of(file(csv)), ImportListener.NONE);
      assertThat(report.status()).isEqualTo("DONE");
      assertThat(report.rowsRead()).isEqualTo(7);
      assertThat(report.imported()).isEqualTo(2);
      assertThat(report.rejected()).isEqualTo(5);
      assertThat(report.rejects()).extracting(Reject::line, Reject::column).containsExactly(
          org.assertj.core.groups.Tuple.tuple(3L, "waybillNo"), org.assertj.core.groups.Tuple.tuple(4L, "sentAt"),
          org.assertj.core.groups.Tuple.tuple(5L, "senderRegion"), org.assertj.core.groups.Tuple.tuple(6L, "weightKg"),
          org.assertj.core.groups.Tuple.tuple(7L, "*"));
      assertThat(report.rejects()).allSatisfy(reject -> assertThat(reject.file()).endsWith("mixed.csv"));
      assertThat(report.rejects().get(2).reason()).contains("unknown region code '539999'");
      assertThat(report.rejects().get(4).reason()).contains("wrong column count");
      assertThat(query("""
          MATCH (s:Shipment) WHERE s.waybillNo STARTS WITH 'BR17' RETURN collect(s.waybillNo) AS waybills""", Map.of())
          .get(0).get("waybills").asList()).containsExactlyInAnyOrder("BR1700000000001", "BR1700000000007");
      // nothing of a rejected row was written: not its sender's phone, not its person
      assertThat(query("""
          MATCH (p:Phone) WHERE p.number IN ['17099990002', '17099990003', '17099990004', '17099990005']
          RETURN count(p) AS phones""", Map.of()).get(0).get("phones").asLong()).isZero();
    }
  }

  @Nested
  class BrokenFiles {

    final ImportedGraph graph = new ImportedGraph(driver, "broken-files-it");

    @AfterEach
    void cleanUp() {
      graph.delete();
    }

    EntityExchangeResult<byte[]> post(String type, String contentType, byte[] body) {
      return GraphQlOverHttp.web(port).post().uri("/import/{type}?source={s}", type, graph.source())
          .contentType(MediaType.parseMediaType(contentType)).bodyValue(body).exchange().expectBody().returnResult();
    }

    JsonNode json(EntityExchangeResult<byte[]> result) {
      return JsonMapper.builder().build().readTree(result.getResponseBody());
    }

    long gangs(String prefix) {
      return query("MATCH (g:Gang) WHERE g.id STARTS WITH $prefix AND g.importSource = $source RETURN count(g) AS n",
          Map.of("prefix", prefix, "source", graph.source())).get(0).get("n").asLong();
    }

    @Test
    void aBrokenQuoteImportsEveryRowBeforeItAndTheReportNamesItsLineAndSaysTheRestWasNotRead() {
      StringBuilder csv = new StringBuilder("id,name,description\n");
      for (int i = 1; i <= 1500; i++) {
        csv.append(String.format("GQB-%04d,团伙%d,\n", i, i));
      }
      csv.append("GQB-BAD,\"bad \"quote\",d\n");
      for (int i = 1; i <= 10; i++) {
        csv.append(String.format("GQA-%04d,团伙%d,\n", i, i));
      }
      EntityExchangeResult<byte[]> result = post("gangs", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(result.getStatus().value()).as("the client's file, not the service").isEqualTo(422);
      JsonNode report = json(result);
      assertThat(report.get("status").asString()).isEqualTo("FAILED");
      assertThat(report.get("error").asString()).startsWith("unreadable input: http-body: broken quoting in the "
          + "record starting on line 1502").endsWith("the rest of the file was not read");
      assertThat(report.get("rowsRead").asLong()).isEqualTo(1501);
      assertThat(report.get("imported").asLong()).isEqualTo(1500);
      assertThat(report.get("rejected").asLong()).isEqualTo(1);
      assertThat(report.get("rejects").get(0).get("line").asLong()).isEqualTo(1502);
      assertThat(report.get("rejects").get(0).get("column").asString()).isEqualTo("*");
      assertThat(gangs("GQB-")).as("every checked row before the broken record is written").isEqualTo(1500);
      assertThat(gangs("GQA-")).isZero();
      // the job as recorded says the same
      GraphQlOverHttp.web(port).get().uri("/import/jobs/{id}", report.get("jobId").asString()).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("FAILED")
          .jsonPath("$.imported").isEqualTo(1500).jsonPath("$.rejects[0].line").isEqualTo(1502);
    }

    @Test
    void aSmallFileWithABrokenQuoteOrAQuoteLeftOpenKeepsItsGoodRows() {
      JsonNode broken = json(post("gangs", "text/csv",
          "id,name,description\nGQC-1,甲,\nGQC-2,\"bad \"quote\",d\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(broken.get("imported").asLong()).isEqualTo(1);
      assertThat(broken.get("rejects").get(0).get("line").asLong()).isEqualTo(3);
      JsonNode open = json(post("gangs", "text/csv",
          "id,name,description\nGQD-1,甲,\n\nGQD-2,乙,\"never closed\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(open.get("imported").asLong()).isEqualTo(1);
      assertThat(open.get("rejects").get(0).get("line").asLong()).isEqualTo(4);
      assertThat(open.get("rejects").get(0).get("reason").asString()).contains("never closed");
      assertThat(gangs("GQC-") + gangs("GQD-")).isEqualTo(2);
    }

    @Test
    void aRowAfterABlankLineIsReportedOnItsFileLine() {
      JsonNode report = json(post("gangs", "text/csv",
          "id,name,description\nGQE-1,甲,\n\nGQE-2,乙,\"two\nlines\"\nGQE-3,,x\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(report.get("status").asString()).isEqualTo("DONE");
      assertThat(report.get("rejects").get(0).get("line").asLong()).isEqualTo(6);
      assertThat(report.get("rejects").get(0).get("column").asString()).isEqualTo("name");
    }

    @Test
    void aFileInGbkIsReadUpToItsFirstNonUtf8LineAndNothingIsStoredAsAReplacementCharacter() {
      byte[] good = "id,name,description\nGQF-1,甲,\n".getBytes(StandardCharsets.UTF_8);
      byte[] gbk = "GQF-2,王伟,\nGQF-3,乙,\n".getBytes(java.nio.charset.Charset.forName("GBK"));
      byte[] body = java.util.Arrays.copyOf(good, good.length + gbk.length);
      System.arraycopy(gbk, 0, body, good.length, gbk.length);
      EntityExchangeResult<byte[]> result = post("gangs", "text/csv", body);
      assertThat(result.getStatus().value()).isEqualTo(422);
      JsonNode report = json(result);
      assertThat(report.get("imported").asLong()).isEqualTo(1);
      assertThat(report.get("rejects").get(0).get("line").asLong()).isEqualTo(3);
      assertThat(report.get("rejects").get(0).get("reason").asString()).contains("line 3 is not UTF-8");
      assertThat(query("MATCH (g:Gang) WHERE g.importSource = $source AND g.name CONTAINS '\uFFFD' RETURN count(g) AS n",
          Map.of("source", graph.source())).get(0).get("n").asLong()).isZero();
      assertThat(gangs("GQF-")).isEqualTo(1);
    }

    @Test
    void aColumnNamedTwiceRejectsTheFileNamingIt() {
      JsonNode report = json(post("gangs", "text/csv",
          "id,name,name,description\nGQG-1,甲,乙,\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(report.get("imported").asLong()).isZero();
      assertThat(report.get("rejects").get(0).get("column").asString()).isEqualTo("name");
      assertThat(report.get("rejects").get(0).get("reason").asString()).contains("names column 'name' twice");
      assertThat(gangs("GQG-")).isZero();
    }

    @Test
    void controlCharactersAndTooLongValuesAreRejectedNamingTheColumnAndLimit() {
      JsonNode report = json(post("persons", "application/x-ndjson", ("""
          {"name": "%s", "phone": "17066660001"}
          {"name": "王伟\\u0001", "phone": "17066660002"}
          {"name": "王伟", "phone": "17066660003", "occupation": "a\\uD800"}
          {"name": "王伟", "phone": "17066660004"}
          """.formatted("王".repeat(9000))).getBytes(StandardCharsets.UTF_8)));
      assertThat(report.get("imported").asLong()).isEqualTo(1);
      assertThat(report.get("rejects").valueStream().map(r -> r.get("line").asLong() + ":" + r.get("column").asString())
          .toList()).containsExactly("1:name", "2:name", "3:occupation");
      assertThat(report.get("rejects").get(0).get("reason").asString())
          .isEqualTo("too long: 9,000 characters, at most 100");
      assertThat(report.toString()).doesNotContain("index").doesNotContain("Index(").doesNotContain("element id");
    }
  }

  @Nested
  class Corrections {

    final ImportedGraph graph = new ImportedGraph(driver, "corrections-it");

    @AfterEach
    void cleanUp() {
      graph.delete();
    }

    ImportReport importCsv(Path dir, String name, String... lines) throws IOException {
      Path csv = Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
      return engine.run(ImportType.WAYBILLS, graph.source(), List.of(file(csv)), ImportListener.NONE);
    }

    @Test
    void theLoadCsvScriptWritesTheRegionCodesTheEngineWrites(@TempDir Path dir) throws IOException {
      // cypher/ingest/load-csv-waybills.cypher: Neo4j's own LOAD CSV, the import benchmark's comparison
      Path csv = Files.write(dir.resolve("load.csv"), List.of(Waybills.HEADER,
          Waybills.row("LC1700000000001", "17088880009", "533102", "2026-03-01T10:00:00+08:00", "1.5")),
          StandardCharsets.UTF_8);
      runner.writeAutoCommit("ingest/load-csv-waybills", Map.of("url", csv.toUri().toString(), "batch", 100,
          "prov", Map.of("importSource", graph.source(), "importJob", "IJ-LOAD-CSV-IT", "importedAt",
              OffsetDateTime.now())));
      assertThat(query("""
          MATCH (o:Address)<-[:FROM_ADDRESS]-(s:Shipment {waybillNo: 'LC1700000000001'})
          RETURN [o.provinceCode, o.prefectureCode, s.originProvince, s.originPrefecture, s.destinationProvince,
                  s.destinationPrefecture] AS codes""", Map.of()).get(0).get("codes").asList(v -> v.asString()))
          .containsExactly("530000", "533100", "530000", "533100", "440000", "440100");
    }

    @Test
    void aCorrectedWaybillEndsWithTheCorrectedPartiesOnly(@TempDir Path dir) throws IOException {
      importCsv(dir, "first.csv", Waybills.HEADER,
          Waybills.row("CO1700000000001", "17088880001", "530102", "2026-03-01 10:00", "1.5"));
      String origin = "MATCH (s:Shipment {waybillNo: 'CO1700000000001'}) "
          + "RETURN s.originProvince + '/' + s.originPrefecture AS o";
      assertThat(query(origin, Map.of()).get(0).get("o").asString()).as("Kunming").isEqualTo("530000/530100");
      // the logistics company re-sends the record: another sender (phone, address, region), same waybill
      String corrected = Waybills.row("CO1700000000001", "17088880002", "533102", "2026-03-01 10:00", "1.5");
      ImportReport correction = importCsv(dir, "corrected.csv", Waybills.HEADER, corrected);
      assertThat(correction.rejected()).isZero();
      Record parties = query("""
          MATCH (s:Shipment {waybillNo: 'CO1700000000001'})
          RETURN [(p)-[:SENT]->(s) | p.id] AS senders, [(s)-[:SENDER_PHONE]->(ph) | ph.number] AS phones,
                 [(s)-[:FROM_ADDRESS]->(a) | a.text] AS origins, [(s)-[:ADDRESSED_TO]->(r) | r.name] AS receivers,
                 [(s)-[:TO_ADDRESS]->(a) | a.text] AS destinations""", Map.of()).get(0);
      assertThat(parties.get("senders").asList()).hasSize(1);
      assertThat(parties.get("phones").asList()).containsExactly("17088880002");
      assertThat(parties.get("origins").asList(v -> v.asString())).singleElement().asString().contains("17088880002");
      assertThat(parties.get("receivers").asList()).containsExactly("李四");
      assertThat(parties.get("destinations").asList()).hasSize(1);
      assertThat(query(origin, Map.of()).get(0).get("o").asString()).as("the region codes follow the corrected address")
          .isEqualTo("530000/533100");
      // the corrected record imported again changes nothing: still idempotent
      List<String> before = graph.fingerprint();
      ImportReport again = importCsv(dir, "corrected-again.csv", Waybills.HEADER, corrected);
      assertThat(again.relationshipsCreated()).isZero();
      assertThat(again.nodesCreated()).isZero();
      assertThat(graph.fingerprint()).isEqualTo(before);
    }

    @Test
    void aWaybillNamedTwiceInOneBatchEndsWithItsLastRecordAndNewAndKnownWaybillsMixInABatch(@TempDir Path dir)
        throws IOException {
      ImportReport first = importCsv(dir, "twice.csv", Waybills.HEADER,
          Waybills.row("CO1700000000021", "17088880021", "530102", "2026-03-01 10:00", "1.5"),
          Waybills.row("CO1700000000022", "17088880022", "530102", "2026-03-01 11:00", "2.5"),
          Waybills.row("CO1700000000021", "17088880023", "533102", "2026-03-01 10:00", "3.5"));
      assertThat(first.rejects()).isEmpty();
      assertThat(first.batches()).isEqualTo(1);
      assertThat(senderPhonesAndWeight("CO1700000000021")).isEqualTo(List.of(List.of("17088880023"), 3.5));
      assertThat(senderPhonesAndWeight("CO1700000000022")).isEqualTo(List.of(List.of("17088880022"), 2.5));
      // one batch: a known waybill corrected beside a new one
      ImportReport mixed = importCsv(dir, "mixed.csv", Waybills.HEADER,
          Waybills.row("CO1700000000022", "17088880024", "530102", "2026-03-01 11:00", "4.5"),
          Waybills.row("CO1700000000025", "17088880025", "530102", "2026-03-01 12:00", "5.5"));
      assertThat(mixed.rejects()).isEmpty();
      assertThat(senderPhonesAndWeight("CO1700000000022")).isEqualTo(List.of(List.of("17088880024"), 4.5));
      assertThat(senderPhonesAndWeight("CO1700000000025")).isEqualTo(List.of(List.of("17088880025"), 5.5));
      assertThat(query("""
          MATCH (s:Shipment) WHERE s.waybillNo IN ['CO1700000000021', 'CO1700000000022', 'CO1700000000025']
          RETURN s.waybillNo AS waybill, COUNT { (s)<-[:SENT]-() } AS senders, COUNT { (s)-[:ADDRESSED_TO]->() }
                 AS receivers, COUNT { (s)-[:FROM_ADDRESS]->() } AS origins, COUNT { (s)-[:TO_ADDRESS]->() }
                 AS destinations, s.uid AS uid, s.importJob AS job, s.courier AS courier""", Map.of()))
          .allSatisfy(shipment -> {
            assertThat(List.of(shipment.get("senders").asLong(), shipment.get("receivers").asLong(),
                shipment.get("origins").asLong(), shipment.get("destinations").asLong())).containsOnly(1L);
            assertThat(shipment.get("uid").asString()).isEqualTo("Shipment/" + shipment.get("waybill").asString());
            assertThat(shipment.get("job").isNull()).isFalse();
            assertThat(shipment.get("courier").asString()).isEqualTo("顺丰速运");
          }).hasSize(3);
    }

    @Test
    void aWaybillAnotherImportCreatesMeanwhileIsUpdatedNotRejected(@TempDir Path dir) throws Exception {
      // another writer creates the shipment and keeps its transaction open: the engine, not seeing it yet, takes the
      // create path and waits on the Shipment key; once the other commits, the create fails the constraint and the
      // engine writes the row again on its own, now as an update
      try (Session session = driver.session(); Transaction other = session.beginTransaction()) {
        other.run("CREATE (:Shipment:Entity {waybillNo: 'CO1700000000031', uid: 'Shipment/CO1700000000031', "
            + "importSource: $source, weightKg: 9.9})", Map.of("source", graph.source())).consume();
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
          try {
            return importCsv(dir, "race.csv", Waybills.HEADER,
                Waybills.row("CO1700000000031", "17088880031", "530102", "2026-03-01 10:00", "3.1"));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (query("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS blocked",
            Map.of()).get(0).get("blocked").asLong() == 0) {
          assertThat(System.nanoTime()).as("the import waits on the other transaction").isLessThan(deadline);
          assertThat(running).isNotDone();
          Thread.sleep(50);
        }
        other.commit();
        ImportReport report = running.get(60, TimeUnit.SECONDS);
        assertThat(report.rejects()).isEmpty();
        assertThat(report.imported()).isEqualTo(1);
      }
      assertThat(query("MATCH (s:Shipment {waybillNo: 'CO1700000000031'}) RETURN count(s) AS n", Map.of()).get(0)
          .get("n").asLong()).isEqualTo(1);
      assertThat(senderPhonesAndWeight("CO1700000000031")).isEqualTo(List.of(List.of("17088880031"), 3.1));
    }

    List<Object> senderPhonesAndWeight(String waybill) {
      Record record = query("""
          MATCH (s:Shipment {waybillNo: $waybill})
          RETURN [(s)-[:SENDER_PHONE]->(ph) | ph.number] AS phones, s.weightKg AS weight""",
          Map.of("waybill", waybill)).get(0);
      return List.of(record.get("phones").asList(), record.get("weight").asDouble());
    }

    @Test
    void aSeizureImportedBeforeItsWaybillIsLinkedWhenTheWaybillArrives(@TempDir Path dir) throws IOException {
      Path seizures = Files.writeString(dir.resolve("seizures.jsonl"), "{\"id\": \"SZ-CO-1\", \"drugType\": "
          + "\"HEROIN\", \"quantityKg\": 1.2, \"seizedAt\": \"2026-03-04T09:00:00+08:00\", \"caseNumber\": null, "
          + "\"waybillNo\": \"CO1700000000009\", \"address\": null, \"region\": null}\n", StandardCharsets.UTF_8);
      ImportReport seized = engine.run(ImportType.SEIZURES, graph.source(), List.of(file(seizures)),
          ImportListener.NONE);
      assertThat(seized.rejects()).isEmpty();
      assertThat(seized.imported()).isEqualTo(1);
      importCsv(dir, "late.csv", Waybills.HEADER,
          Waybills.row("CO1700000000009", "17088880009", "530102", "2026-03-01 10:00", "1.5"));
      assertThat(query("""
          MATCH (:Seizure {id: 'SZ-CO-1'})-[:FROM_SHIPMENT]->(s:Shipment) RETURN collect(s.waybillNo) AS parcels""",
          Map.of()).get(0).get("parcels").asList()).containsExactly("CO1700000000009");
    }

    @Test
    void aRowTheDatabaseRefusesIsRejectedAloneAndTheRestOfItsBatchImports(@TempDir Path dir) throws IOException {
      // A rule no check knows (the checks now bound every value an index holds, so the test adds a rule of its own):
      // one vehicle per import source. Two new vehicles in the batch break it; one by one, only the second row does.
      query("CREATE CONSTRAINT test_one_vehicle_per_source IF NOT EXISTS FOR (v:Vehicle) REQUIRE v.importSource IS "
          + "UNIQUE", Map.of());
      try {
        ImportReport report = importCsv(dir, "batch.csv", Waybills.HEADER,
            Waybills.row("CO1700000000011", "17088880011", "530102", "2026-03-01 10:00", "1.5") + "云A11111",
            Waybills.row("CO1700000000012", "17088880012", "530102", "2026-03-01 10:00", "1.5") + "云A22222",
            Waybills.row("CO1700000000013", "17088880013", "530102", "2026-03-01 10:00", "1.5"));
        assertThat(report.status()).isEqualTo("DONE");
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
          assertThat(reject.line()).isEqualTo(3);
          assertThat(reject.column()).isEqualTo("*");
          assertThat(reject.reason()).startsWith("refused by the database: ").contains(report.jobId())
              .as("the database's own words (constraint, label, property, element id) stay in the log")
              .doesNotContain("test_one_vehicle_per_source").doesNotContain("importSource")
              .doesNotContain("Vehicle").doesNotContain("element").doesNotContain("Neo.");
        });
      } finally {
        query("DROP CONSTRAINT test_one_vehicle_per_source IF EXISTS", Map.of());
      }
      assertThat(query("""
          MATCH (s:Shipment) WHERE s.waybillNo STARTS WITH 'CO17000000000' RETURN collect(s.waybillNo) AS parcels""",
          Map.of()).get(0).get("parcels").asList()).containsExactlyInAnyOrder("CO1700000000011", "CO1700000000013");
      assertThat(query("MATCH (p:Phone {number: '17088880012'}) RETURN count(p) AS phones", Map.of()).get(0)
          .get("phones").asLong()).isZero();
    }

    @Test
    void aJobThatStopsCommittingIsReportedInterruptedAndSaysWhatToDo() throws InterruptedException {
      // a job started and never finished, as a killed import command leaves it
      java.time.OffsetDateTime started = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
      String id = ImportJobs.newId(started);
      new ImportJobs(runner, java.time.Duration.ofMinutes(10)).start(id, ImportType.WAYBILLS, graph.source(),
          List.of("killed.csv"), started);
      // its last committed batch recorded these totals (in the batch's own transaction)
      runner.write("ingest/job-progress", ImportJobs.progress(id, 2000, 1990, 10, 2));
      assertThat(engine.job(id)).get().extracting(ImportReport::status, ImportReport::imported)
          .containsExactly("RUNNING", 1990L);
      Thread.sleep(50);
      ImportEngine impatient = ImportEngine.standalone(runner,
          engine.properties().withInterruptedAfter(java.time.Duration.ofMillis(20)));
      assertThat(impatient.job(id)).get().satisfies(job -> {
        assertThat(job.status()).isEqualTo("INTERRUPTED");
        assertThat(job.error()).contains("import the same input again");
        assertThat(job.rowsRead()).isEqualTo(2000);
      });
    }
  }

  @Nested
  class Interrupted {

    @Test
    void reRunAfterAnInterruptionEndsWithTheSameGraphAsOneCleanRun(@TempDir Path dir) throws IOException {
      ImportEngine small = ImportEngine.standalone(runner, engine.properties().withBatchSize(20));
      List<String> rows = Waybills.generated(160, 7);
      Path full = Files.createDirectories(dir.resolve("full")).resolve("relay.csv");
      Files.write(full, rows, StandardCharsets.UTF_8);
      // the same file cut off mid-batch, as a killed process leaves it: its batches committed, the rest not
      Path half = Files.createDirectories(dir.resolve("half")).resolve("relay.csv");
      Files.write(half, rows.subList(0, 94), StandardCharsets.UTF_8);
      ImportedGraph graph = new ImportedGraph(driver, "relay-it");
      try {
        ImportReport clean = small.run(ImportType.WAYBILLS, graph.source(), List.of(file(full)), ImportListener.NONE);
        assertThat(clean.rejected()).isZero();
        List<String> once = graph.fingerprint();
        assertThat(once).anyMatch(line -> line.contains("POSSIBLY_SAME_AS")).hasSizeGreaterThan(600);
        graph.delete();

        small.run(ImportType.WAYBILLS, graph.source(), List.of(file(half)), ImportListener.NONE);
        ImportReport rerun = small.run(ImportType.WAYBILLS, graph.source(), List.of(file(full)), ImportListener.NONE);
        assertThat(rerun.imported()).isEqualTo(160);
        assertThat(graph.fingerprint()).isEqualTo(once);
      } finally {
        graph.delete();
      }
    }
  }

  @Nested
  class Heartbeat {

    @Test
    void theRunningJobShowsTheTotalsOfItsLastCommittedBatch(@TempDir Path dir) throws IOException {
      ImportEngine small = ImportEngine.standalone(runner, engine.properties().withBatchSize(20));
      Path csv = dir.resolve("beat.csv");
      Files.write(csv, Waybills.generated(100, 11), StandardCharsets.UTF_8);
      ImportedGraph graph = new ImportedGraph(driver, "heartbeat-it");
      List<List<Long>> seen = new ArrayList<>();
      ImportListener listener = new ImportListener() {
        @Override
        public void progress(String file, long rowsRead, long imported, long rejected, long elapsedMs) {
          // called after the last batch, before the job is finished: what the job node says while it runs
          seen.add(query("MATCH (j:ImportJob {source: $source, status: 'RUNNING'}) RETURN j.imported AS imported, "
              + "j.batches AS batches, j.rowsRead AS rowsRead", Map.of("source", graph.source())).stream()
              .flatMap(r -> java.util.stream.Stream.of(r.get("imported").asLong(), r.get("batches").asLong(),
                  r.get("rowsRead").asLong())).toList());
        }
      };
      try {
        ImportReport report = small.run(ImportType.WAYBILLS, graph.source(), List.of(file(csv)), listener);
        assertThat(report.batches()).isEqualTo(5);
        assertThat(seen).last().as("imported, batches, rows read on the running job")
            .isEqualTo(List.of(100L, 5L, 100L));
      } finally {
        graph.delete();
      }
    }
  }

  @Nested
  class Http {

    final ImportedGraph graph = new ImportedGraph(driver, "http-it");

    @AfterEach
    void cleanUp() {
      graph.delete();
    }

    @Test
    void aCsvBodyIsImportedAndTheJobCanBeFetchedAgain() {
      String csv = Waybills.HEADER + "\n" + Waybills.row("HT1700000000001", "17088880001", "440106",
          "2026-03-01 10:00", "0.8") + "\n";
      var answer = GraphQlOverHttp.web(port).post().uri("/import/waybills?source={s}&name=batch-1.csv", graph.source())
          .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange()
          .expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
      assertThat(answer.status()).isEqualTo("DONE");
      assertThat(answer.imported()).isEqualTo(1);
      assertThat(answer.files()).containsExactly("batch-1.csv");
      GraphQlOverHttp.web(port).get().uri("/import/jobs/{id}", answer.jobId()).exchange().expectStatus().isOk()
          .expectBody().jsonPath("$.jobId").isEqualTo(answer.jobId()).jsonPath("$.imported").isEqualTo(1)
          .jsonPath("$.status").isEqualTo("DONE");
    }

    @Test
    void ndjsonBodyRejectsAMalformedLineAndImportsTheRest() {
      String body = """
          {"callerPhone": "17088880011", "calleePhone": "17088880012", "startedAt": "2026-03-01T10:00:00+08:00", "durationSec": 20}
          {"callerPhone": "17088880011", "calleePhone": 
          {"callerPhone": "17088880012", "calleePhone": "17088880011", "startedAt": "2026-03-01T11:00:00+08:00", "durationSec": 5}
          """;
      GraphQlOverHttp.web(port).post().uri("/import/calls?source={s}", graph.source())
          .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(body).exchange()
          .expectStatus().isOk().expectBody()
          .jsonPath("$.imported").isEqualTo(2).jsonPath("$.rejected").isEqualTo(1)
          .jsonPath("$.rejects[0].line").isEqualTo(2).jsonPath("$.rejects[0].column").isEqualTo("*")
          .jsonPath("$.rejects[0].file").isEqualTo("http-body");
    }

    @Test
    void multipartFilesAreImportedAsOneJob() {
      MultipartBodyBuilder parts = new MultipartBodyBuilder();
      parts.part("file", new FileSystemResource(EXAMPLES.resolve("gangs.csv")));
      GraphQlOverHttp.web(port).post().uri("/import/gangs?source={s}", graph.source())
          .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(parts.build())).exchange()
          .expectStatus().isOk().expectBody()
          .jsonPath("$.imported").isEqualTo(1).jsonPath("$.files[0]").isEqualTo("gangs.csv")
          .jsonPath("$.nodesCreated").isEqualTo(1);
    }

    @Test
    void anUnknownTypeOrMissingSourceIsAClearBadRequestWithoutAStackTrace() {
      GraphQlOverHttp.web(port).post().uri("/import/parcels?source=x").contentType(MediaType.parseMediaType("text/csv"))
          .bodyValue("a,b\n1,2\n").exchange().expectStatus().isBadRequest().expectBody()
          .jsonPath("$.error").isEqualTo("Unknown record type 'parcels'; known types: waybills, persons, gangs, "
              + "memberships, calls, transfers, cases, seizures")
          .jsonPath("$.trace").doesNotExist();
      GraphQlOverHttp.web(port).post().uri("/import/calls").contentType(MediaType.parseMediaType("text/csv"))
          .bodyValue("a,b\n1,2\n").exchange().expectStatus().isBadRequest().expectBody()
          .jsonPath("$.error").value(message -> assertThat((String) message).contains("source"));
      GraphQlOverHttp.web(port).get().uri("/import/jobs/IJ-none").exchange().expectStatus().isNotFound()
          .expectBody().jsonPath("$.error").isEqualTo("No import job 'IJ-none'");
    }

    @Test
    void aMalformedMultipartBodyIsABadRequestWithAProblemBody() {
      for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=XyZ")) {
        GraphQlOverHttp.web(port).post().uri("/import/gangs?source={s}", graph.source())
            .contentType(MediaType.parseMediaType(contentType))
            .bodyValue("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"g.csv\"\r\n\r\nid,na")
            .exchange().expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
            .jsonPath("$.status").isEqualTo(400)
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("multipart/form-data")
                .contains("'file'").doesNotContain("Exception"))
            .jsonPath("$.trace").doesNotExist();
      }
    }

    @Test
    void aContentTypeTheEndpointDoesNotTakeIsA415SayingWhichItTakes() {
      for (String contentType : List.of("text/plain", "application/json", "application/octet-stream")) {
        GraphQlOverHttp.web(port).post().uri("/import/gangs?source={s}", graph.source())
            .contentType(MediaType.parseMediaType(contentType)).bodyValue("id,name\nG,x\n").exchange()
            .expectStatus().isEqualTo(415)
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
            .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                .contains("'" + contentType + "' is not accepted here").contains("text/csv")
                .contains("application/x-ndjson").contains("multipart/form-data"))
            .jsonPath("$.accepted").isArray()
            .jsonPath("$.timestamp").doesNotExist();
      }
      // without any content type
      GraphQlOverHttp.web(port).post().uri("/import/gangs?source={s}", graph.source())
          .bodyValue("id,name\nG,x\n".getBytes(StandardCharsets.UTF_8)).exchange()
          .expectStatus().isEqualTo(415).expectBody().jsonPath("$.detail").value(detail ->
              assertThat((String) detail).contains("text/csv"));
    }

    @Test
    void aHeaderWithoutRequiredColumnsRejectsTheFileAndSaysWhich() {
      GraphQlOverHttp.web(port).post().uri("/import/calls?source={s}", graph.source())
          .contentType(MediaType.parseMediaType("text/csv")).bodyValue("caller,callee\n1,2\n").exchange()
          .expectStatus().isOk().expectBody()
          .jsonPath("$.imported").isEqualTo(0)
          .jsonPath("$.rejects[0].reason").value(reason -> assertThat((String) reason)
              .contains("header lacks required column(s) callerPhone, calleePhone, startedAt, durationSec"));
    }
  }

  @Nested
  class GraphQl {

    final ImportedGraph graph = new ImportedGraph(driver, "graphql-it");

    @AfterEach
    void cleanUp() {
      graph.delete();
    }

    @Test
    void aSmallBatchIsImportedByTheMutation() {
      String csv = Waybills.HEADER + "\n"
          + Waybills.row("GQ1700000000001", "17077770001", "620102", "2026-03-01 10:00", "1") + "\n"
          + Waybills.row("GQ1700000000002", "17077770002", "620102", "2026-03-01", "x") + "\n";
      GraphQlOverHttp.tester(port).documentName("import-records").variable("type", "WAYBILLS")
          .variable("format", "CSV").variable("content", csv).variable("source", graph.source()).execute()
          .errors().verify()
          .path("importRecords.status").entity(String.class).isEqualTo("DONE")
          .path("importRecords.imported").entity(Long.class).isEqualTo(1L)
          .path("importRecords.rejects[0].line").entity(Long.class).isEqualTo(3L)
          .path("importRecords.rejects[0].column").entity(String.class).isEqualTo("weightKg")
          .path("importRecords.rejects[0].file").entity(String.class).isEqualTo("graphql");
    }

    @Test
    void anOversizedBatchOrBadSourceIsRefusedAsBadRequest() {
      StringBuilder csv = new StringBuilder("callerPhone,calleePhone,startedAt,durationSec\n");
      for (int i = 0; i < engine.properties().maxGraphqlRows() + 1; i++) {
        csv.append("17066660001,17066660002,2026-03-01T10:00:").append(i % 60).append("Z,1\n");
      }
      GraphQlOverHttp.tester(port).documentName("import-records").variable("type", "CALLS").variable("format", "CSV")
          .variable("content", csv.toString()).variable("source", graph.source()).execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("input.content").contains("at most 500 rows, was 501")
                .contains("/import/calls");
          }));
      GraphQlOverHttp.tester(port).documentName("import-records").variable("type", "CALLS").variable("format", "CSV")
          .variable("content", "x").variable("source", "has spaces").execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(error -> assertThat(error.getMessage()).contains("input.source")));
      assertThat(graph.counts().get("nodes")).isZero();
    }

    @Test
    void anUnknownJobIsNull() {
      GraphQlOverHttp.tester(port).documentName("import-job").variable("id", "IJ-none").execute().errors().verify()
          .path("importJob").valueIsNull();
    }
  }

  /** Waybill rows for tests: fresh phone numbers and waybill numbers the demo never uses (170 and 2-letter 17...). */
  static final class Waybills {

    static final String HEADER = "waybillNo,courier,senderName,senderPhone,senderIdNumber,senderAddress,senderRegion,"
        + "receiverName,receiverPhone,receiverIdNumber,receiverAddress,receiverRegion,declaredContent,weightKg,sentAt,"
        + "deliveredAt,vehiclePlate";

    static String row(String waybill, String senderPhone, String senderRegion, String sentAt, String weight) {
      return String.join(",", waybill, "顺丰速运", "张三", senderPhone, "", "测试省测试市测试路" + senderPhone + "号",
          senderRegion, "李四", "17000000000", "", "广东省广州市天河区体育西路1号", "440106", "茶叶", weight, sentAt, "", "");
    }

    /**
     * A relay network: 40 people (some with ID numbers, some sharing a phone under another name, some with a
     * namesake at the same address) sending {@code count} parcels among themselves; deterministic for a seed.
     */
    static List<String> generated(int count, long seed) {
      Random random = new Random(seed);
      String[] surnames = {"王", "李", "张", "刘", "陈"};
      String[] given = {"伟", "芳", "强", "磊", "军", "洋", "勇", "艳"};
      String[] regions = {"530102", "530103", "533102", "440106", "510104", "420106"};
      List<String[]> people = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String name = surnames[i % 5] + given[i % 8];
        // every 7th shares the previous person's phone (an alias); every 9th has a namesake's address
        String phone = i % 7 == 6 ? people.get(i - 1)[1] : String.format("1705555%04d", i);
        String id = i % 3 == 0 ? String.format("5301021980%02d%02d%03d%d", 1 + i % 12, 1 + i % 28, i, i % 10) : "";
        String region = regions[i % regions.length];
        String address = i % 9 == 8 ? people.get(i - 8)[3] : "某省某市某区人民路" + i + "号";
        if (i % 9 == 8) {
          name = people.get(i - 8)[0];
          region = people.get(i - 8)[4];
        }
        people.add(new String[] {name, phone, id, address, region});
      }
      List<String> lines = new ArrayList<>();
      lines.add(HEADER);
      for (int n = 0; n < count; n++) {
        String[] from = people.get(random.nextInt(people.size()));
        String[] to = people.get(random.nextInt(people.size()));
        // the ID number is written on some waybills only
        String fromId = random.nextBoolean() ? from[2] : "";
        lines.add(String.join(",", String.format("RL17%011d", n), "中通快递", from[0], from[1], fromId, from[3],
            from[4], to[0], to[1], "", to[3], to[4], "茶叶", String.valueOf(1 + random.nextInt(20)),
            String.format("2026-04-%02dT%02d:00:00+08:00", 1 + n % 28, n % 24), "", ""));
      }
      return lines;
    }
  }
}
