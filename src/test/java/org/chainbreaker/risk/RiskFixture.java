package org.chainbreaker.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * A small hand-built network for the risk rules (every node marked with the prefix, RSK- for {@link #build()}): each
 * waybill is built to fire exactly one rule or none, so a rule's answer is known. Persons live at their addresses and
 * use their phones; a shipment goes from its sender's home to its receiver's home. The builders take ids without the
 * prefix.
 */
record RiskFixture(Driver driver, String prefix) {

  RiskFixture(Driver driver) {
    this(driver, "RSK-");
  }

  void build() {
    address("A-DH1", "533102");   // Ruili, Dehong: a border prefecture
    address("A-DH2", "533102");
    address("A-DH3", "533102");
    address("A-DH4", "533102");
    address("A-WH1", "420102");   // Wuhan: the interior
    address("A-GZ", "440103");    // Guangzhou
    address("A-LC", "530902");    // Lincang: a border prefecture
    for (int i = 1; i <= 16; i++) {
      address("A-KM" + i, "530102");  // Kunming: Yunnan, not on the border
    }
    // W1: border prefecture to the interior
    person("BORDER1", "岩罕", "UNKNOWN", "P01", "A-DH1");
    person("INLAND1", "陈静", "UNKNOWN", "P02", "A-WH1");
    shipment("W1", "BORDER1", "岩罕", "P01", "INLAND1", "陈静", "P02", "服装", 1.0, "2026-06-01T08:00:00Z");
    // W2: sent by a known suspect
    person("SUSPECT1", "罗天明", "SUSPECT", "P03", "A-KM1");
    person("RCV2", "周洁", "UNKNOWN", "P04", "A-KM2");
    shipment("W2", "SUSPECT1", "罗天明", "P03", "RCV2", "周洁", "P04", "图书", 1.0, "2026-06-01T08:00:00Z");
    // W3: the sender's phone called the suspect's phone: two hops
    person("CALLER", "黄磊", "UNKNOWN", "P05", "A-KM3");
    person("RCV3", "吴敏", "UNKNOWN", "P06", "A-KM4");
    run("MATCH (a:Phone {number: 'RSK-P05'}), (b:Phone {number: 'RSK-P03'}) "
        + "CREATE (a)-[:CALLED {at: datetime('2026-05-20T10:00:00Z'), durationSec: 60}]->(b)", Map.of());
    shipment("W3", "CALLER", "黄磊", "P05", "RCV3", "吴敏", "P06", "图书", 1.0, "2026-06-01T08:00:00Z");
    // W4: 12 kg of tea
    person("TEA1", "郑强", "UNKNOWN", "P07", "A-KM5");
    person("TEA2", "孙丽", "UNKNOWN", "P08", "A-KM6");
    shipment("W4", "TEA1", "郑强", "P07", "TEA2", "孙丽", "P08", "茶叶", 12.0, "2026-06-01T08:00:00Z");
    // W5-W7: one phone, five names: the two person records using it (a courier and his alias record, known
    // whenever) and three written on waybills, one more each day: even W5, the first, knows three
    person("MANY", "张三", "UNKNOWN", "P09", "A-KM7");
    person("MANY-ALIAS", "张山", "UNKNOWN", "P09", "A-KM7");
    person("R5", "钱一", "UNKNOWN", "P10", "A-KM8");
    person("R6", "钱二", "UNKNOWN", "P11", "A-KM9");
    person("R7", "钱三", "UNKNOWN", "P12", "A-KM10");
    shipment("W5", "MANY", "李四", "P09", "R5", "钱一", "P10", "图书", 1.0, "2026-06-01T08:00:00Z");
    shipment("W6", "MANY", "王五", "P09", "R6", "钱二", "P11", "图书", 1.0, "2026-06-02T08:00:00Z");
    shipment("W7", "MANY", "赵六", "P09", "R7", "钱三", "P12", "图书", 1.0, "2026-06-03T08:00:00Z");
    // W8, W9: the same route twice, the sender's name changes (two names on the phone: below three); only W9, the
    // later one, has the route used before
    person("ROUTE1", "X甲", "UNKNOWN", "P13", "A-KM11");
    person("ROUTE2", "Y乙", "UNKNOWN", "P14", "A-KM12");
    shipment("W8", "ROUTE1", "X甲", "P13", "ROUTE2", "Y乙", "P14", "图书", 1.0, "2026-06-01T08:00:00Z");
    shipment("W9", "ROUTE1", "X丙", "P13", "ROUTE2", "Y乙", "P14", "图书", 1.0, "2026-06-08T08:00:00Z");
    // W0 seized the day after it was sent; W10 leaves the same address later (same names: no changing-names route)
    person("SEIZED1", "何平", "UNKNOWN", "P15", "A-KM13");
    person("RCV10", "冯雪", "UNKNOWN", "P16", "A-KM14");
    shipment("W0", "SEIZED1", "何平", "P15", "RCV10", "冯雪", "P16", "图书", 1.0, "2026-05-01T08:00:00Z");
    run("""
        MATCH (s:Shipment {waybillNo: 'RSK-W0'}), (a:Address {id: 'RSK-A-KM13'})
        CREATE (z:Seizure:Entity {uid: 'Seizure/RSK-Z1', id: 'RSK-Z1', drugType: 'METHAMPHETAMINE', quantityKg: 0.8,
                                  seizedAt: datetime('2026-05-02T08:00:00Z')})
        CREATE (z)-[:FROM_SHIPMENT]->(s), (z)-[:SEIZED_AT]->(a)""", Map.of());
    shipment("W10", "SEIZED1", "何平", "P15", "RCV10", "冯雪", "P16", "图书", 1.0, "2026-06-01T08:00:00Z");
    // W11: chemicals to Lincang
    person("CHEM1", "林峰", "UNKNOWN", "P17", "A-GZ");
    person("COOK1", "岩温", "UNKNOWN", "P18", "A-LC");
    shipment("W11", "CHEM1", "林峰", "P17", "COOK1", "岩温", "P18", "化工原料", 30.0, "2026-06-01T08:00:00Z");
    // W12-W14: three border senders to one Kunming address within ten days; only the third sees three
    person("Q1", "玉香", "UNKNOWN", "P19", "A-DH2");
    person("Q2", "玉罕", "UNKNOWN", "P20", "A-DH3");
    person("Q3", "玉叫", "UNKNOWN", "P21", "A-DH4");
    person("HUB", "杨帆", "UNKNOWN", "P22", "A-KM15");
    shipment("W12", "Q1", "玉香", "P19", "HUB", "杨帆", "P22", "服装", 1.0, "2026-06-01T08:00:00Z");
    shipment("W13", "Q2", "玉罕", "P20", "HUB", "杨帆", "P22", "服装", 1.0, "2026-06-05T08:00:00Z");
    shipment("W14", "Q3", "玉叫", "P21", "HUB", "杨帆", "P22", "服装", 1.0, "2026-06-10T08:00:00Z");
  }

  /** Deletes every node whose id or waybill number starts with the prefix, and the scores and alerts of them. */
  static void delete(Driver driver, String prefix) {
    driver.executableQuery("""
        MATCH (a:Alert) WHERE a.waybillNo STARTS WITH $prefix
        OPTIONAL MATCH (a)-[:FIRED|HAS_EVENT]->(x)
        DETACH DELETE a, x""").withParameters(Map.of("prefix", prefix)).execute();
    for (String kind : new String[] {"Person", "Phone", "Address", "Shipment", "Seizure", "Gang"}) {
      driver.executableQuery("MATCH (n:Entity) WHERE n.uid STARTS WITH $uid DETACH DELETE n")
          .withParameters(Map.of("uid", kind + "/" + prefix)).execute();
    }
  }

  /** Deletes what an import from this source wrote (with the alerts and scores of its shipments) and its job. */
  static void deleteImport(Driver driver, String source) {
    driver.executableQuery("""
        MATCH (s:Shipment) WHERE s.importSource = $source
        OPTIONAL MATCH (s)<-[:ON_SHIPMENT]-(x)
        OPTIONAL MATCH (x)-[:FIRED|HAS_EVENT]->(y)
        DETACH DELETE x, y""").withParameters(Map.of("source", source)).execute();
    driver.executableQuery("MATCH (n) WHERE n.importSource = $source DETACH DELETE n")
        .withParameters(Map.of("source", source)).execute();
    driver.executableQuery("MATCH (j:ImportJob {source: $source}) DELETE j").withParameters(Map.of("source", source))
        .execute();
  }

  /** An address in the region with this code. */
  void address(String id, String region) {
    run("""
        MATCH (r:Region {code: $region})
        CREATE (:Address:Entity {uid: 'Address/' + $prefix + $id, id: $prefix + $id, text: 'risk fixture ' + $prefix + $id})
               -[:LOCATED_IN]->(r)""", Map.of("id", id, "region", region));
  }

  /** A person living at the address and using the phone (created if new); a null status leaves it unset. */
  void person(String id, String name, String status, String phone, String address) {
    Map<String, Object> parameters = new HashMap<>(Map.of("id", id, "name", name, "phone", phone, "address", address));
    parameters.put("status", status);
    run("""
        MATCH (home:Address {id: $prefix + $address})
        MERGE (phone:Phone {number: $prefix + $phone}) ON CREATE SET phone:Entity, phone.uid = 'Phone/' + $prefix + $phone
        CREATE (p:Person:Entity {uid: 'Person/' + $prefix + $id, id: $prefix + $id, name: $name, aliases: [],
                                 status: $status})
        CREATE (p)-[:USES]->(phone), (p)-[:LIVES_AT]->(home)""", parameters);
  }

  /** A gang and its members, as an import of memberships writes them (MEMBER_OF, no status set on the person). */
  void gang(String id, String name, String... members) {
    run("""
        CREATE (g:Gang:Entity {uid: 'Gang/' + $prefix + $id, id: $prefix + $id, name: $name})
        WITH g
        UNWIND $members AS member
        MATCH (p:Person {id: $prefix + member})
        CREATE (p)-[:MEMBER_OF {role: 'COURIER'}]->(g)""", Map.of("id", id, "name", name, "members", List.of(members)));
  }

  /** A shipment from the sender's home to the receiver's, with the names and phones written on the waybill. */
  void shipment(String no, String sender, String senderName, String senderPhone, String receiver,
      String receiverName, String receiverPhone, String content, double kg, String sentAt) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.putAll(Map.of("no", no, "sender", sender, "senderName", senderName, "senderPhone", senderPhone,
        "receiver", receiver, "receiverName", receiverName, "receiverPhone", receiverPhone, "content", content,
        "kg", kg, "sentAt", sentAt));
    run("""
        MATCH (sender:Person {id: $prefix + $sender})-[:LIVES_AT]->(origin:Address)
        MATCH (receiver:Person {id: $prefix + $receiver})-[:LIVES_AT]->(destination:Address)
        MATCH (sp:Phone {number: $prefix + $senderPhone}), (rp:Phone {number: $prefix + $receiverPhone})
        CREATE (s:Shipment:Entity {uid: 'Shipment/' + $prefix + $no, waybillNo: $prefix + $no, courier: '顺丰速运',
                                   declaredContent: $content, weightKg: $kg, sentAt: datetime($sentAt),
                                   senderName: $senderName, receiverName: $receiverName})
        CREATE (sender)-[:SENT]->(s)-[:ADDRESSED_TO]->(receiver)
        CREATE (s)-[:FROM_ADDRESS]->(origin), (s)-[:TO_ADDRESS]->(destination)
        CREATE (s)-[:SENDER_PHONE]->(sp), (s)-[:RECEIVER_PHONE]->(rp)""", parameters);
  }

  /** Runs Cypher with the prefix as {@code $prefix} besides the parameters given. */
  void run(String cypher, Map<String, Object> parameters) {
    Map<String, Object> withPrefix = new HashMap<>(parameters);
    withPrefix.put("prefix", prefix);
    driver.executableQuery(cypher).withParameters(withPrefix).execute();
  }
}
