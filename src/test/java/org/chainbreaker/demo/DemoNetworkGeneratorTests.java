package org.chainbreaker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainbreaker.graph.RegionCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo generator on its own (no database): size, determinism, realism and a consistent ground truth. */
class DemoNetworkGeneratorTests {

  static List<Map<String, Object>> regions;
  static DemoNetwork network;

  @BeforeAll
  static void generate() {
    regions = RegionCatalogue.rows();
    network = new DemoNetworkGenerator(42, 1, regions).generate();
  }

  @Test
  void scaleOneHasAtLeastFiveThousandPeopleAndTwentyThousandShipments() {
    assertThat(network.count("persons")).isGreaterThanOrEqualTo(5_000);
    assertThat(network.count("shipments")).isGreaterThanOrEqualTo(20_000);
  }

  @Test
  void scaleMultipliesTheSize() {
    DemoNetwork tenth = new DemoNetworkGenerator(42, 0.1, regions).generate();
    assertThat(tenth.count("persons")).isBetween(500, 800);
    assertThat(tenth.count("shipments")).isBetween(2_000, 2_600);
  }

  @Test
  void sameSeedGivesTheSameNetworkAndAnotherSeedAnotherOne() {
    DemoNetwork again = new DemoNetworkGenerator(42, 1, regions).generate();
    DemoNetwork other = new DemoNetworkGenerator(43, 1, regions).generate();
    for (String kind : DemoNetwork.KINDS) {
      assertThat(again.rows(kind)).as(kind).isEqualTo(network.rows(kind));
    }
    assertThat(again.groundTruth()).isEqualTo(network.groundTruth());
    assertThat(other.rows("shipments")).isNotEqualTo(network.rows("shipments"));
  }

  @Test
  void drugShipmentsAreAFewPercentHiddenAmongLegitimateParcels() {
    double share = (double) network.groundTruth().drugShipments().size() / network.count("shipments");
    assertThat(share).isBetween(0.005, 0.05);
  }

  @Test
  void groundTruthReferencesOnlyGeneratedEntities() {
    Set<String> persons = ids("persons", "id");
    Set<String> waybills = ids("shipments", "waybillNo");
    GroundTruth truth = network.groundTruth();
    assertThat(persons).containsAll(truth.kingpins()).containsAll(truth.brokers());
    assertThat(waybills).containsAll(truth.drugShipments());
    truth.gangs().forEach(g -> g.members().forEach(m -> assertThat(persons).contains(m.personId())));
    assertThat(truth.kingpins()).hasSize(truth.gangs().size());
    assertThat(truth.brokers()).isNotEmpty();
    assertThat(truth.aliases()).isNotEmpty();
  }

  @Test
  void chainsRunFromForeignOrBorderSourcesToMarketsInOtherProvinces() {
    for (GroundTruth.PlantedGang gang : network.groundTruth().gangs()) {
      String sourceProvince = gang.sourceRegion().substring(0, 2);
      assertThat(gang.marketRegions()).as(gang.name())
          .anySatisfy(market -> assertThat(market.substring(0, 2)).isNotEqualTo(sourceProvince));
      assertThat(gang.members()).extracting(GroundTruth.PlantedMember::stage)
          .contains("SOURCE", "TRANSIT", "DISTRIBUTION", "RETAIL", "FINANCE");
    }
  }

  @Test
  void someGangsAreUnknownAndSomeMembersHidden() {
    List<GroundTruth.PlantedGang> gangs = network.groundTruth().gangs();
    Set<String> knownGangIds = ids("gangs", "id");
    assertThat(gangs).anySatisfy(g -> assertThat(knownGangIds).doesNotContain(g.gangId()));
    assertThat(gangs.stream().flatMap(g -> g.members().stream()))
        .anyMatch(GroundTruth.PlantedMember::known)
        .anyMatch(m -> !m.known());
  }

  @Test
  void oneBurnerPhoneIsUsedUnderSeveralNames() {
    Map<Object, Long> usersPerPhone = network.rows("persons").stream()
        .flatMap(p -> ((List<?>) p.get("phones")).stream())
        .collect(Collectors.groupingBy(phone -> phone, Collectors.counting()));
    assertThat(usersPerPhone.values()).anyMatch(users -> users >= 2);
  }

  @Test
  void residentIdNumbersAreUniqueAndCarryAValidCheckDigit() {
    List<String> numbers = network.rows("persons").stream()
        .map(p -> (String) p.get("idNumber")).filter(n -> n != null).toList();
    assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    for (String number : numbers.subList(0, 200)) {
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (number.charAt(i) - '0') * weights[i];
      }
      assertThat(number.charAt(17)).as(number).isEqualTo("10X98765432".charAt(sum % 11));
    }
  }

  @Test
  void everyAddressIsInACatalogueRegion() {
    Set<Object> codes = regions.stream().map(r -> r.get("code")).collect(Collectors.toSet());
    assertThat(network.rows("addresses")).allSatisfy(a -> assertThat(codes).contains(a.get("regionCode")));
  }

  @Test
  void everyAddressCarriesTheCodesOfTheProvinceAndPrefectureItLiesIn() {
    Map<String, Object> dehongCounty = network.rows("addresses").stream()
        .filter(a -> "533102".equals(a.get("regionCode"))).findFirst().orElseThrow();
    assertThat(dehongCounty).containsEntry("provinceCode", "530000").containsEntry("prefectureCode", "533100");
    // Dongguan has no counties: its addresses lie in the prefecture itself
    assertThat(network.rows("addresses")).filteredOn(a -> "441900".equals(a.get("regionCode"))).isNotEmpty()
        .allSatisfy(a -> assertThat(a).containsEntry("provinceCode", "440000")
            .containsEntry("prefectureCode", "441900"));
    RegionIndex index = new RegionIndex(regions);
    assertThat(index.codeAt("530000", "PREFECTURE")).as("a province lies above the prefecture level").isNull();
    assertThat(index.codeAt("MM-17", "PROVINCE")).as("a foreign state is at province level").isEqualTo("MM-17");
    assertThat(network.rows("addresses")).allSatisfy(a -> assertThat(a.get("provinceCode")).isNotNull());
  }

  @Test
  void naturalKeysAreUnique() {
    for (String[] key : new String[][] {{"persons", "id"}, {"shipments", "waybillNo"}, {"phones", "number"},
        {"accounts", "number"}, {"vehicles", "plate"}, {"addresses", "id"}, {"addresses", "text"}}) {
      assertThat(ids(key[0], key[1])).as(key[0] + "." + key[1]).hasSize(network.count(key[0]));
    }
  }

  private static Set<String> ids(String kind, String key) {
    return network.rows(kind).stream().map(r -> (String) r.get(key)).collect(Collectors.toSet());
  }
}
