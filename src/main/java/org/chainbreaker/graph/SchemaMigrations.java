package org.chainbreaker.graph;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema scripts {@code cypher/schema/V<nnn>__<description>.cypher} in version order, each
 * once, and records them as {@code (:SchemaMigration)} nodes. Statements are written with {@code IF NOT EXISTS} so a
 * run interrupted half-way is simply repeated. A recorded script whose text changed stops the start-up: applied
 * migrations are history, a change goes into a new version.
 */
@Component
class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
  private static final Pattern NAME = Pattern.compile("schema/V(\\d+)__(.+)");
  private static final Duration INDEX_WAIT = Duration.ofMinutes(10);

  private final CypherScripts scripts;
  private final CypherRunner runner;

  SchemaMigrations(CypherScripts scripts, CypherRunner runner) {
    this.scripts = scripts;
    this.runner = runner;
  }

  /** Applies every pending migration; returns how many were applied. */
  int apply() {
    Map<Integer, Long> applied = runner.read("admin/applied-migrations", Map.of(),
            r -> Map.entry(r.get("version").asInt(), r.get("checksum").asLong()))
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    int count = 0;
    for (Migration migration : migrations()) {
      Long recorded = applied.get(migration.version());
      if (recorded != null) {
        if (recorded != migration.checksum()) {
          throw new IllegalStateException("Schema migration " + migration.script()
              + " was changed after it was applied; put the change in a new version instead");
        }
        continue;
      }
      log.info("Applying schema migration {}", migration.script());
      runner.writeEach(migration.script());
      runner.write("admin/record-migration", Map.of(
          "version", migration.version(),
          "description", migration.description(),
          "checksum", migration.checksum()));
      count++;
    }
    if (count > 0) {
      awaitIndexes();
    }
    return count;
  }

  /**
   * Waits for the indexes the migrations created to come online: a query hinting an index that is still populating
   * (cross-region-shipments hints the V010 indexes) fails. On a large store that can take minutes; after
   * {@link #INDEX_WAIT} the start-up goes on with a warning rather than failing.
   */
  private void awaitIndexes() {
    try {
      runner.writeEach("admin/await-indexes", Map.of("seconds", INDEX_WAIT.toSeconds()));
    } catch (RuntimeException e) {
      log.warn("Indexes still populating after {}: queries that need them fail until they are online ({})",
          INDEX_WAIT, e.getMessage());
    }
  }

  private List<Migration> migrations() {
    return scripts.names("schema").stream().map(name -> {
      Matcher matcher = NAME.matcher(name);
      if (!matcher.matches()) {
        throw new IllegalStateException("cypher/" + name + ".cypher is not named V<number>__<description>.cypher");
      }
      CRC32 crc = new CRC32();
      crc.update(scripts.text(name).getBytes(StandardCharsets.UTF_8));
      return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), name, crc.getValue());
    }).sorted((a, b) -> Integer.compare(a.version(), b.version())).toList();
  }

  private record Migration(int version, String description, String script, long checksum) {}
}
