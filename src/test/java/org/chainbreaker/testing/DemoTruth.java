package org.chainbreaker.testing;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo generator's ground-truth file, read the way an evaluation script would read it. */
public record DemoTruth(JsonNode root) {

  /** Reads the file the demo loader wrote. */
  public static DemoTruth read(Path file) {
    return new DemoTruth(JsonMapper.builder().build().readTree(file.toFile()));
  }

  /** Ids of the planted kingpins. */
  public List<String> kingpins() {
    return root.get("kingpins").valueStream().map(JsonNode::asString).toList();
  }

  /** Waybill numbers of the planted drug shipments. */
  public List<String> drugShipments() {
    return root.get("drugShipments").valueStream().map(JsonNode::asString).toList();
  }

  /** The planted gangs. */
  public List<JsonNode> gangs() {
    return root.get("gangs").valueStream().toList();
  }
}
