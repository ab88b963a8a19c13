package org.chainbreaker.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the Graph Data Science library (the GDS jars on the classpath) in the embedded database: a server loads
 * plugins from its plugins folder, an embedded database only what it is given. The GDS jars list their procedure and
 * function classes in {@code META-INF/services} files; each is handed to Neo4j's {@link GlobalProcedures}. The
 * components the procedures inject come from GDS's own kernel extension, which Neo4j finds by itself.
 */
final class GdsProcedures {

  private static final Logger log = LoggerFactory.getLogger(GdsProcedures.class);
  private static final String SERVICES = "META-INF/services/";

  private GdsProcedures() {}

  /** What was registered: procedure, function and aggregation-function classes, and how long it took. */
  record Registered(int procedures, int functions, int aggregations, long millis) {
    int total() {
      return procedures + functions + aggregations;
    }
  }

  /** Registers every GDS procedure and function class found on the classpath; fails if one cannot be registered. */
  static Registered register(GraphDatabaseAPI database) {
    long start = System.nanoTime();
    GlobalProcedures procedures = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
    ClassLoader loader = GdsProcedures.class.getClassLoader();
    List<Class<?>> procedureClasses = classes(loader, "org.neo4j.procedure.Procedure");
    List<Class<?>> functionClasses = classes(loader, "org.neo4j.procedure.UserFunction");
    List<Class<?>> aggregationClasses = classes(loader, "org.neo4j.procedure.UserAggregationFunction");
    for (Class<?> type : procedureClasses) {
      register(type, () -> procedures.registerProcedure(type));
    }
    for (Class<?> type : functionClasses) {
      register(type, () -> procedures.registerFunction(type));
    }
    for (Class<?> type : aggregationClasses) {
      register(type, () -> procedures.registerAggregationFunction(type));
    }
    Registered registered = new Registered(procedureClasses.size(), functionClasses.size(), aggregationClasses.size(),
        (System.nanoTime() - start) / 1_000_000);
    if (registered.total() == 0) {
      log.warn("No Graph Data Science classes on the classpath: key players and other GDS analyses will fail");
    } else {
      log.info("Graph Data Science registered in the embedded database: {} procedure, {} function and {} aggregation "
              + "classes in {} ms", registered.procedures(), registered.functions(), registered.aggregations(),
          registered.millis());
    }
    return registered;
  }

  private interface Registration {
    void run() throws Exception;
  }

  private static void register(Class<?> type, Registration registration) {
    try {
      registration.run();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot register the GDS class " + type.getName() + " in the embedded database",
          e);
    }
  }

  /** The GDS classes named in one services file, across every jar; other libraries' entries are left alone. */
  private static List<Class<?>> classes(ClassLoader loader, String service) {
    Set<String> names = new LinkedHashSet<>();
    try {
      for (URL url : Collections.list(loader.getResources(SERVICES + service))) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          reader.lines().map(line -> line.replaceAll("#.*", "").strip())
              .filter(line -> line.startsWith("org.neo4j.gds."))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + SERVICES + service, e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("GDS lists " + name + " in " + SERVICES + service + " but it cannot be loaded",
            e);
      }
    }
    return classes;
  }
}
