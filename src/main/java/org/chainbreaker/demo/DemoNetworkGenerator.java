package org.chainbreaker.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chainbreaker.model.DrugType;
import org.chainbreaker.model.GangRole;
import org.chainbreaker.model.PersonStatus;

/**
 * Generates the demo network: a large legitimate population sending ordinary parcels, and hidden inside it a few
 * gangs whose chains run from foreign or border source regions through transit prefectures to retail markets in
 * other provinces. Deterministic: the same seed and scale give the same network. Pure computation, no database.
 */
final class DemoNetworkGenerator {

  /** Start of the demo's six months of activity. */
  static final long WINDOW_START = Instant.parse("2026-04-01T00:00:00Z").toEpochMilli();
  static final long DAY = 24L * 3600 * 1000;
  static final int WINDOW_DAYS = 180;

  private static final String[][] COURIERS = {{"顺丰速运", "SF"}, {"中通快递", "ZT"}, {"圆通速递", "YT"},
      {"申通快递", "ST"}, {"韵达快递", "YD"}, {"极兔速递", "JT"}, {"京东物流", "JD"}, {"中国邮政EMS", "EM"},
      {"德邦快递", "DP"}};
  private static final Object[][] LEGIT_CONTENTS = {{"服装", 0.3, 2.0}, {"手机配件", 0.1, 0.6}, {"图书", 0.5, 3.0},
      {"化妆品", 0.2, 1.5}, {"食品", 0.5, 5.0}, {"茶叶", 0.3, 2.5}, {"电子产品", 0.3, 4.0}, {"鞋", 0.8, 2.0},
      {"日用品", 0.5, 6.0}, {"文件", 0.05, 0.3}, {"玩具", 0.3, 2.0}, {"家电配件", 1.0, 10.0}};
  private static final String[] DRUG_COVERS = {"普洱茶", "咖啡豆", "汽车配件", "茶叶", "干果", "玩具", "中药材", "洗衣粉"};
  private static final String[] OCCUPATIONS = {"职员", "个体户", "学生", "教师", "工人", "农民", "司机", "快递员", "厨师",
      "销售", "医生", "退休"};

  // Real GB/T 2260 codes of the places such chains run through (regions/regions.csv holds them all).
  private static final List<String> SOURCES = List.of("MM-17", "533100", "LA-BK", "530900", "VN-02", "532800", "MM-11",
      "451400");
  private static final List<String> TRANSIT = List.of("530100", "450100", "520100", "510100", "530800", "430100");
  private static final List<String> MARKETS = List.of("440100", "440300", "441900", "510100", "620100", "420100",
      "500000", "330100", "440600", "310000");
  private static final List<String> PRECURSOR_ORIGINS = List.of("440100", "430100", "441900", "420100");
  private static final List<String> FOCUS_PROVINCES = List.of("53", "45", "44", "51", "62");
  private static final DrugType[] GANG_DRUGS = {DrugType.METHAMPHETAMINE, DrugType.HEROIN, DrugType.METHAMPHETAMINE,
      DrugType.KETAMINE, DrugType.MDMA, DrugType.METHAMPHETAMINE};

  private final long seed;
  private final double scale;
  private final Random random;
  private final Identities identities;
  private final RegionIndex regions;
  private final DemoNetwork network = new DemoNetwork();
  private final List<Resident> population = new ArrayList<>();
  private final List<String> drugShipments = new ArrayList<>();
  private final List<GroundTruth.AliasPair> aliases = new ArrayList<>();
  private int nextPerson = 1;
  private int nextCase = 1;

  DemoNetworkGenerator(long seed, double scale, List<Map<String, Object>> regionRows) {
    this.seed = seed;
    this.scale = scale;
    this.random = new Random(seed);
    this.identities = new Identities(random);
    this.regions = new RegionIndex(regionRows);
  }

  /** Generates the whole network. */
  DemoNetwork generate() {
    int people = (int) Math.round(5000 * scale);
    int parcels = (int) Math.round(20000 * scale);
    int gangCount = Math.max(2, (int) Math.round(6 * scale));

    List<String> everyday = regions.prefecturesWhere(code -> true);
    List<String> focus = regions.prefecturesWhere(code -> FOCUS_PROVINCES.contains(code.substring(0, 2)));
    for (int i = 0; i < people; i++) {
      String region = random.nextDouble() < 0.6 ? pick(focus) : pick(everyday);
      Resident resident = resident(region, PersonStatus.UNKNOWN, occupation(), true);
      resident.index = population.size();
      population.add(resident);
    }
    List<Resident> merchants = population.subList(0, Math.max(1, people * 3 / 100));
    merchants.forEach(m -> m.occupation = "网店店主");
    population.forEach(this::writePerson);

    for (int i = 0; i < parcels; i++) {
      Resident sender = random.nextDouble() < 0.55 ? pick(merchants) : pick(population);
      Resident receiver = pick(population);
      if (receiver == sender) {
        continue;
      }
      Object[] content = LEGIT_CONTENTS[random.nextInt(LEGIT_CONTENTS.length)];
      double weight = between((double) content[1], (double) content[2]);
      shipment(sender, sender.name, sender.phone, receiver, receiver.name, receiver.phone, (String) content[0], weight,
          day(0, WINDOW_DAYS), null);
    }
    everydayCallsAndTransfers(people);

    List<GangPlan> gangs = new ArrayList<>();
    for (int g = 0; g < gangCount; g++) {
      gangs.add(plantGang(g, gangCount));
    }
    List<String> brokers = new ArrayList<>();
    for (int g = 0; g + 1 < gangCount; g += 2) {
      brokers.add(plantBroker(gangs.get(g), gangs.get(g + 1)));
    }
    for (int g = 0; g < gangCount; g++) {
      if (gangs.get(g).knownToPolice && g % 3 != 2) {
        plantSeizure(gangs.get(g));
      }
    }
    gangs.forEach(this::writeGang);

    network.groundTruth(new GroundTruth(seed, scale,
        gangs.stream().map(g -> g.leader.id).toList(), brokers,
        gangs.stream().map(GangPlan::planted).toList(), List.copyOf(drugShipments), List.copyOf(aliases)));
    return network;
  }

  // ---- gangs -------------------------------------------------------------------------------------------------

  private GangPlan plantGang(int index, int gangCount) {
    GangPlan gang = new GangPlan();
    gang.id = String.format("G%03d", index + 1);
    gang.source = SOURCES.get(index % SOURCES.size());
    gang.transit = List.of(TRANSIT.get(index % TRANSIT.size()), TRANSIT.get((index + 2) % TRANSIT.size()));
    gang.markets = List.of(MARKETS.get(index % MARKETS.size()), MARKETS.get((index + 3) % MARKETS.size()),
        MARKETS.get((index + 7) % MARKETS.size()));
    gang.drug = GANG_DRUGS[index % GANG_DRUGS.length];
    // One gang in six is entirely unknown to the police: no Gang node, only its traces in the data.
    gang.knownToPolice = index % 6 != 5;
    gang.name = regions.shortName(gang.source) + "—" + regions.shortName(gang.markets.get(0)) + "贩毒团伙";

    gang.leader = member(gang, GangRole.LEADER, "LEADERSHIP", gang.transit.get(0), index % 3 != 1);
    Resident lieutenantTransit = member(gang, GangRole.LIEUTENANT, "TRANSIT", gang.transit.get(0), true);
    Resident lieutenantMarket = member(gang, GangRole.LIEUTENANT, "DISTRIBUTION", gang.markets.get(0), true);
    Resident cook = member(gang, GangRole.COOK, "SOURCE", gang.source, random.nextBoolean());
    Resident supplier = member(gang, GangRole.SUPPLIER, "SOURCE", gang.source, random.nextBoolean());
    Resident chemist = member(gang, GangRole.SUPPLIER, "SOURCE", pick(PRECURSOR_ORIGINS), false);
    Resident financier = member(gang, GangRole.FINANCIER, "FINANCE", gang.markets.get(0), random.nextBoolean());
    int courierCount = 4 + random.nextInt(3);
    for (int i = 0; i < courierCount; i++) {
      String region = i % 2 == 0 ? gang.transit.get(i / 2 % 2) : gang.source.contains("-") ? gang.transit.get(0) : gang.source;
      gang.couriers.add(member(gang, GangRole.COURIER, "TRANSIT", region, random.nextDouble() < 0.5));
    }
    int wholesalerCount = 2 + random.nextInt(2);
    for (int i = 0; i < wholesalerCount; i++) {
      gang.wholesalers.add(member(gang, GangRole.WHOLESALER, "DISTRIBUTION", gang.markets.get(i % 3), random.nextDouble() < 0.6));
    }
    int dealerCount = 6 + random.nextInt(4);
    for (int i = 0; i < dealerCount; i++) {
      Resident wholesaler = gang.wholesalers.get(i % wholesalerCount);
      Resident dealer = member(gang, GangRole.DEALER, "RETAIL", wholesaler.region, random.nextDouble() < 0.4);
      gang.dealers.add(dealer);
    }
    // Dealers of one market share a stash house: two people, different names, one address.
    Resident stashKeeper = gang.dealers.get(0);
    gang.dealers.get(dealerCount - 1).address = stashKeeper.address;
    site("STASH_HOUSE", regions.shortName(stashKeeper.region) + "出租屋", stashKeeper.address,
        List.of(stashKeeper.id, gang.dealers.get(dealerCount - 1).id));
    site("LAB", regions.shortName(gang.source) + "制毒点", cook.address, List.of(cook.id, supplier.id));
    gang.members.forEach(this::giveBurnerPhone);
    gang.couriers.forEach(c -> c.vehicle = vehicle(c));
    if (gang.couriers.size() > 2) {
      plantAlias(gang.couriers.get(0));
      plantAlias(gang.couriers.get(2));
    }

    // The chain, one consignment at a time so every hand-over follows the one before it: precursors to the cook,
    // drugs from the source to a courier, on to a wholesaler within days, then split among dealers.
    int consignments = 6 + random.nextInt(5);
    for (int c = 0; c < consignments; c++) {
      long day = day(15, WINDOW_DAYS - 30);
      if (c % 3 == 0) {
        drugShipment(chemist, cook, "化工原料", between(20, 60), DrugType.PRECURSOR, false, day - (3 + random.nextInt(10)) * DAY);
      }
      Resident courier = pick(gang.couriers);
      drugShipment(random.nextBoolean() ? supplier : cook, courier, pick(DRUG_COVERS), between(5, 30), gang.drug,
          random.nextBoolean(), day);
      long handOver = day + (1 + random.nextInt(5)) * DAY;
      Resident wholesaler = pick(gang.wholesalers);
      gang.handOvers.add(handOver);
      gang.couriersToWholesalers.add(drugShipment(courier, wholesaler, pick(DRUG_COVERS), between(2, 12), gang.drug,
          false, handOver));
      List<Resident> ownDealers = gang.dealers.stream()
          .filter(d -> gang.wholesalers.get(gang.dealers.indexOf(d) % wholesalerCount) == wholesaler).toList();
      for (Resident dealer : ownDealers) {
        if (random.nextDouble() < 0.7) {
          drugShipment(wholesaler, dealer, pick(DRUG_COVERS), between(0.2, 2), gang.drug, false,
              handOver + (2 + random.nextInt(10)) * DAY);
        }
      }
    }
    // Command calls and the money flowing back up to the leader and out to the source.
    calls(gang.leader, lieutenantTransit, 12);
    calls(gang.leader, lieutenantMarket, 12);
    calls(gang.leader, financier, 6);
    gang.couriers.forEach(c -> calls(lieutenantTransit, c, 5));
    gang.wholesalers.forEach(w -> calls(lieutenantMarket, w, 6));
    gang.couriers.forEach(c -> calls(c, supplier, 3));
    for (Resident dealer : gang.dealers) {
      Resident wholesaler = gang.wholesalers.get(gang.dealers.indexOf(dealer) % wholesalerCount);
      calls(wholesaler, dealer, 4);
      transfers(dealer, wholesaler, 3, 5_000, 40_000);
    }
    gang.wholesalers.forEach(w -> transfers(w, financier, 4, 50_000, 300_000));
    transfers(financier, gang.leader, 6, 100_000, 500_000);
    transfers(financier, supplier, 4, 80_000, 400_000);
    transfers(supplier, chemist, 2, 30_000, 120_000);
    gang.couriers.forEach(c -> transfers(lieutenantTransit, c, 2, 3_000, 15_000));
    // Members also live ordinary lives: a few calls to and parcels from the legitimate population.
    for (Resident member : gang.members) {
      calls(member, pick(population), 1 + random.nextInt(2));
    }
    return gang;
  }

  /** A wholesaler of one gang who also buys from the couriers of another and pays that gang's financier. */
  private String plantBroker(GangPlan home, GangPlan other) {
    Resident broker = home.wholesalers.get(0);
    for (int i = 0; i < 4 + random.nextInt(3); i++) {
      long handOver = pick(other.handOvers) + random.nextInt(3) * DAY;
      drugShipment(pick(other.couriers), broker, pick(DRUG_COVERS), between(2, 10), other.drug, false, handOver);
    }
    Resident otherFinancier = other.members.stream().filter(m -> m.role == GangRole.FINANCIER).findFirst().orElseThrow();
    Resident otherLieutenant = other.members.stream().filter(m -> m.role == GangRole.LIEUTENANT).findFirst().orElseThrow();
    transfers(broker, otherFinancier, 3, 80_000, 250_000);
    calls(broker, otherLieutenant, 6);
    return broker.id;
  }

  /** A courier-to-wholesaler parcel seized in transit: a case, the courier arrested, the receiver a suspect. */
  private void plantSeizure(GangPlan gang) {
    Map<String, Object> parcel = gang.couriersToWholesalers.get(0);
    String caseNumber = String.format("A%s2026%04d", ((String) parcel.get("originRegion")).substring(0, 4), nextCase++);
    long seizedAt = (long) parcel.get("sentAt") + DAY / 2;
    Resident courier = byId(gang, (String) parcel.get("senderId"));
    Resident receiver = byId(gang, (String) parcel.get("receiverId"));
    courier.status = PersonStatus.ARRESTED;
    if (receiver.status == PersonStatus.UNKNOWN) {
      receiver.status = PersonStatus.SUSPECT;
    }
    network.add("cases", row("number", caseNumber, "title", gang.drug.name().toLowerCase() + " seized in parcel " + parcel.get("waybillNo"),
        "status", "OPEN", "agency", regions.shortName((String) parcel.get("originRegion")) + "公安局禁毒支队", "openedAt", seizedAt,
        "persons", List.of(Map.of("personId", courier.id, "role", "ARRESTED"), Map.of("personId", receiver.id, "role", "SUSPECT"))));
    network.add("seizures", row("id", "SZ-" + caseNumber, "drugType", gang.drug.name(),
        "quantityKg", Math.round((double) parcel.get("weightKg") * 800) / 1000.0, "seizedAt", seizedAt,
        "waybillNo", parcel.get("waybillNo"), "addressId", parcel.get("originId"), "caseNumber", caseNumber));
  }

  private Resident member(GangPlan gang, GangRole role, String stage, String region, boolean known) {
    boolean foreign = region.contains("-");
    Resident resident = resident(region, known && gang.knownToPolice ? PersonStatus.SUSPECT : PersonStatus.UNKNOWN,
        null, !foreign);
    if (resident.status == PersonStatus.SUSPECT && random.nextDouble() < 0.1) {
      resident.status = PersonStatus.FUGITIVE;
    }
    resident.role = role;
    resident.stage = stage;
    resident.knownMember = known && gang.knownToPolice;
    resident.aliases = identities.aliases(role == GangRole.LEADER || role == GangRole.COURIER ? 2 : random.nextInt(2));
    gang.members.add(resident);
    return resident;
  }

  private void giveBurnerPhone(Resident member) {
    if (member.role == GangRole.COURIER || member.role == GangRole.WHOLESALER || member.role == GangRole.LEADER) {
      member.burner = identities.mobile();
      network.add("phones", row("number", member.burner, "carrier", identities.carrier(member.burner)));
    }
  }

  /** A second person record for the same courier: another name, the courier's burner phone and address. */
  private void plantAlias(Resident courier) {
    Resident alias = new Resident();
    alias.id = String.format("P%06d", nextPerson++);
    alias.name = identities.name();
    alias.status = PersonStatus.UNKNOWN;
    alias.region = courier.region;
    alias.address = courier.address;
    alias.phone = courier.burner;
    alias.aliases = List.of();
    alias.aliasOf = courier;
    courier.alias = alias;
    writePerson(alias);
    aliases.add(new GroundTruth.AliasPair(courier.id, alias.id));
  }

  private Map<String, Object> drugShipment(Resident from, Resident to, String cover, double weight, DrugType drug,
      boolean byRoad, long sentAt) {
    // Couriers with an alias record send half their parcels under the alias name; burner phones are on the waybill.
    Resident sender = from.alias != null && random.nextBoolean() ? from.alias : from;
    String senderPhone = from.burner != null ? from.burner : from.phone;
    String receiverPhone = to.burner != null ? to.burner : to.phone;
    String senderName = random.nextDouble() < 0.6 && !from.aliases.isEmpty() ? pick(from.aliases) : sender.name;
    String receiverName = random.nextDouble() < 0.5 && !to.aliases.isEmpty() ? pick(to.aliases) : to.name;
    // Drugs are declared as something light and ordinary; the weight often gives them away.
    Map<String, Object> parcel = shipment(sender, senderName, senderPhone, to, receiverName, receiverPhone, cover,
        Math.round(weight * 100) / 100.0, sentAt, byRoad ? from.vehicle : null);
    drugShipments.add((String) parcel.get("waybillNo"));
    parcel.put("drug", drug.name());
    return parcel;
  }

  // ---- everyday life -------------------------------------------------------------------------------------------

  private void everydayCallsAndTransfers(int people) {
    for (int i = 0; i < people * 3; i++) {
      Resident a = pick(population);
      Resident b = random.nextDouble() < 0.7 ? neighbourOf(a) : pick(population);
      if (a != b) {
        calls(a, b, 1);
      }
    }
    for (int i = 0; i < people; i++) {
      Resident a = pick(population);
      Resident b = pick(population);
      if (a != b && a.account != null && b.account != null) {
        transfers(a, b, 1, 50, 8_000);
      }
    }
  }

  private Resident neighbourOf(Resident resident) {
    // Residents are listed in creation order, so nearby indexes are people of the same draw: a cheap social circle.
    return population.get(Math.floorMod(resident.index + random.nextInt(41) - 20, population.size()));
  }

  private Resident resident(String region, PersonStatus status, String occupation, boolean domestic) {
    Resident resident = new Resident();
    resident.id = String.format("P%06d", nextPerson++);
    resident.name = identities.name();
    resident.status = status;
    resident.occupation = occupation;
    resident.region = region;
    resident.male = random.nextDouble() < (occupation == null ? 0.8 : 0.5);
    resident.birthYear = occupation == null ? 1965 + random.nextInt(40) : 1950 + random.nextInt(56);
    String county = regions.countyIn(region, random);
    if (domestic && random.nextDouble() < 0.9) {
      resident.idNumber = identities.idNumber(county.matches("\\d{6}") ? county : "530102", resident.birthYear, resident.male);
    }
    resident.address = address(county);
    resident.phone = identities.mobile();
    network.add("phones", row("number", resident.phone, "carrier", identities.carrier(resident.phone)));
    if (random.nextDouble() < 0.6 || occupation == null) {
      resident.account = identities.accountNumber();
      network.add("accounts", row("number", resident.account, "bank", identities.bank(), "kind", "BANK"));
    }
    resident.aliases = List.of();
    return resident;
  }

  private String address(String regionCode) {
    Map<String, Object> address = new HashMap<>(identities.address(regionCode, regions.fullName(regionCode)));
    // the codes kept on each address (schema/V009__region_codes), from the catalogue the regions were created from:
    // walking PART_OF for them in the write cost the first batch 6 s of a 45 s demo load
    address.put("provinceCode", regions.codeAt(regionCode, "PROVINCE"));
    address.put("prefectureCode", regions.codeAt(regionCode, "PREFECTURE"));
    network.add("addresses", address);
    return (String) address.get("id");
  }

  private String vehicle(Resident owner) {
    String plate = identities.plate(owner.region.contains("-") ? "53" : owner.region);
    network.add("vehicles", row("plate", plate, "make", pick(List.of("五菱", "长安", "东风", "江淮", "丰田", "大众")),
        "colour", pick(List.of("白", "银", "黑", "蓝"))));
    return plate;
  }

  private void site(String kind, String name, String addressId, List<String> operatorIds) {
    network.add("sites", row("id", "SITE" + String.format("%04d", network.count("sites") + 1), "kind", kind, "name", name,
        "addressId", addressId, "operatorIds", operatorIds));
  }

  private Map<String, Object> shipment(Resident sender, String senderName, String senderPhone, Resident receiver,
      String receiverName, String receiverPhone, String content, double weight, long sentAt, String plate) {
    String[] courier = COURIERS[random.nextInt(COURIERS.length)];
    Map<String, Object> row = row("waybillNo", identities.waybill(courier[1]), "courier", courier[0],
        "declaredContent", content, "weightKg", Math.round(weight * 100) / 100.0, "sentAt", sentAt,
        "receivedAt", random.nextDouble() < 0.95 ? sentAt + DAY + random.nextInt(4) * DAY + random.nextInt(20) * 3600_000L : null,
        "senderId", sender.id, "senderName", senderName, "senderPhone", senderPhone,
        "receiverId", receiver.id, "receiverName", receiverName, "receiverPhone", receiverPhone,
        "originId", sender.address, "destinationId", receiver.address, "originRegion", sender.region,
        "vehiclePlate", plate);
    network.add("shipments", row);
    return row;
  }

  private void calls(Resident a, Resident b, int count) {
    for (int i = 0; i < count; i++) {
      boolean aCalls = random.nextBoolean();
      network.add("calls", row("from", aCalls ? phoneOf(a) : phoneOf(b), "to", aCalls ? phoneOf(b) : phoneOf(a),
          "at", day(0, WINDOW_DAYS), "durationSec", 10 + random.nextInt(600)));
    }
  }

  private void transfers(Resident from, Resident to, int count, double min, double max) {
    if (from.account == null || to.account == null) {
      return;
    }
    for (int i = 0; i < count; i++) {
      network.add("transfers", row("from", from.account, "to", to.account, "at", day(0, WINDOW_DAYS),
          "amount", Math.round(between(min, max)) * 1.0, "currency", "CNY"));
    }
  }

  private String phoneOf(Resident resident) {
    return resident.burner != null && random.nextDouble() < 0.7 ? resident.burner : resident.phone;
  }

  private void writePerson(Resident r) {
    List<String> phones = r.burner == null ? List.of(r.phone) : List.of(r.phone, r.burner);
    network.add("persons", row("id", r.id, "name", r.name, "aliases", r.aliases, "status", r.status.name(),
        "idNumber", r.idNumber, "gender", r.aliasOf != null ? null : r.male ? "M" : "F",
        "birthYear", r.aliasOf != null ? null : r.birthYear, "occupation", r.occupation, "addressId", r.address,
        "phones", r.aliasOf != null ? List.of(r.phone) : phones,
        "accounts", r.account == null ? List.of() : List.of(r.account),
        "vehicles", r.vehicle == null ? List.of() : List.of(r.vehicle)));
  }

  private void writeGang(GangPlan gang) {
    gang.members.forEach(this::writePerson);
    if (!gang.knownToPolice) {
      return;
    }
    network.add("gangs", row("id", gang.id, "name", gang.name, "description",
        gang.drug.name().toLowerCase() + " ring, " + regions.englishName(gang.source) + " to "
            + regions.englishName(gang.markets.get(0)) + " via " + regions.englishName(gang.transit.get(0))));
    for (Resident member : gang.members) {
      if (member.knownMember) {
        network.add("memberships", row("personId", member.id, "gangId", gang.id, "role", member.role.name(),
            "since", WINDOW_START - (30 + random.nextInt(700)) * DAY));
      }
    }
  }

  private Resident byId(GangPlan gang, String personId) {
    return gang.members.stream()
        .filter(m -> m.id.equals(personId) || m.alias != null && m.alias.id.equals(personId))
        .findFirst().orElseThrow();
  }

  private String occupation() {
    return OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
  }

  private long day(int from, int to) {
    return WINDOW_START + (long) (random.nextDouble() * (to - from) * DAY) + from * DAY;
  }

  private double between(double min, double max) {
    return min + random.nextDouble() * (max - min);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  /** One generated person while the network is being built. */
  private static final class Resident {
    String id;
    int index;
    String name;
    List<String> aliases;
    PersonStatus status;
    String idNumber;
    boolean male;
    int birthYear;
    String occupation;
    String region;
    String address;
    String phone;
    String burner;
    String account;
    String vehicle;
    GangRole role;
    String stage;
    boolean knownMember;
    Resident alias;
    Resident aliasOf;
  }

  /** One planted gang while the network is being built. */
  private static final class GangPlan {
    String id;
    String name;
    String source;
    List<String> transit;
    List<String> markets;
    DrugType drug;
    boolean knownToPolice;
    Resident leader;
    final List<Resident> members = new ArrayList<>();
    final List<Resident> couriers = new ArrayList<>();
    final List<Resident> wholesalers = new ArrayList<>();
    final List<Resident> dealers = new ArrayList<>();
    final List<Map<String, Object>> couriersToWholesalers = new ArrayList<>();
    /** Courier-to-wholesaler hand-over time (epoch ms) of each consignment, so a broker buys at matching times. */
    final List<Long> handOvers = new ArrayList<>();

    GroundTruth.PlantedGang planted() {
      return new GroundTruth.PlantedGang(id, name, source, transit, markets, members.stream()
          .map(m -> new GroundTruth.PlantedMember(m.id, m.role.name(), m.stage, m.knownMember)).toList());
    }
  }
}
