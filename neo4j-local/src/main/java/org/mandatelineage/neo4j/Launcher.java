package org.mandatelineage.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import sun.misc.Signal;

/**
 * Runs Neo4j Community embedded with Bolt on loopback for a Node parent. Protocol: one line
 * "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once queries can run, or "NEO4J_FAILED reason" on
 * stderr and exit 1. The parent holds our stdin open; EOF means it is gone (even by SIGKILL), so we
 * shut down rather than leave an orphaned database holding the store lock and the port.
 */
public final class Launcher {
  // Both guarded by Launcher.class. dbms is set only once the database is fully started.
  private static DatabaseManagementService dbms;
  private static boolean stopRequested;

  public static void main(String[] args) {
    // Stdout is the parent's protocol channel: keep it for ourselves and send anything that a
    // library prints to System.out to stderr, where the parent only keeps a short tail.
    var protocol = System.out;
    System.setOut(System.err);
    preloadClasses(System.getProperty("mandatelineage.warmClasses"));
    Path home; int port; long pageCache; // assigned once, from the arguments
    try {
      home = Path.of(arg(args, "--data", null)).toAbsolutePath();
      port = Integer.parseInt(arg(args, "--port", "7687"));
      pageCache = ByteUnit.parse(arg(args, "--pagecache", "256m"));
      Files.createDirectories(home);
    } catch (RuntimeException | IOException e) {
      throw fail("usage: --data DIR --port N --pagecache SIZE (" + describe(e) + ")");
    }
    // The JVM's own TERM/INT handlers exit with 143/130 even after the hooks ran; handling the
    // signals here lets a clean shutdown exit 0, which the parent can tell from a crash.
    Signal.handle(new Signal("TERM"), s -> stopAndExit());
    Signal.handle(new Signal("INT"), s -> stopAndExit());
    // Any other way out (SIGHUP, an exit from inside Neo4j) still closes the store cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdownDbms, "neo4j-shutdown"));
    // Non-daemon on purpose: it is what keeps the JVM alive until the parent lets go.
    new Thread(Launcher::exitOnStdinEof, "stdin-eof-watch").start();
    SocketAddress loopback = new SocketAddress("127.0.0.1");
    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(home)
          // Auth is off because nothing but this machine can reach the port: every listener is
          // bound to loopback (the default listen address too, so no connector falls back to
          // 0.0.0.0). Advertising 127.0.0.1 makes neo4j:// routing tables point back here.
          .setConfig(GraphDatabaseSettings.default_listen_address, loopback)
          .setConfig(GraphDatabaseSettings.default_advertised_address, loopback)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, bolt)
          .setConfig(BoltConnector.advertised_address, bolt)
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
          // Stores directly under DIR (DIR/databases, DIR/transactions), next to DIR/logs.
          .setConfig(GraphDatabaseSettings.data_directory, home)
          .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
          .setConfig(GraphDatabaseSettings.udc_enabled, false) // no phoning home from a dev box
          // Otherwise each database preallocates 256 MiB of transaction log: 0.5 GB per folder.
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          // Netty's default 5 s quiet period would make every stop (and every test run) 5 s
          // slower; by the time it applies, Bolt has already closed its connections.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (RuntimeException e) { // typically: store locked by another process, or port in use
      throw fail(describe(e));
    }
    boolean stop, available = service.database("neo4j").isAvailable(180_000);
    synchronized (Launcher.class) {
      stop = stopRequested;
      if (available && !stop) dbms = service;
    }
    // Exit outside the lock: System.exit runs the shutdown hook, which takes it too.
    if (stop || !available) {
      service.shutdown();
      if (stop) System.exit(0);
      throw fail("database 'neo4j' not available; see " + home.resolve("logs/debug.log"));
    }
    // build() returns only after every component, the Bolt server included, has started, so the
    // port already accepts connections.
    protocol.println("NEO4J_READY bolt://127.0.0.1:" + port);
    protocol.flush();
  }

  /**
   * Loads (without initialising) the classes the first Cypher statements need, on a thread of
   * its own while the database starts on this one: on a new JVM those statements wait seconds
   * for Cypher's planner and parser to load. The list is what an earlier start loaded after it
   * was ready (written by the Node launcher, neo4j-local/target/warm-classes.txt); a name that
   * no longer resolves is skipped.
   */
  private static void preloadClasses(String listFile) {
    if (listFile == null) return;
    Thread loader = new Thread(() -> {
      ClassLoader cl = Launcher.class.getClassLoader();
      try {
        for (String name : Files.readAllLines(Path.of(listFile))) {
          try {
            Class.forName(name, false, cl);
          } catch (ClassNotFoundException | LinkageError ignored) { /* gone in this version */ }
        }
      } catch (IOException ignored) { /* no list: nothing to preload */ }
    }, "preload-classes");
    loader.setDaemon(true);
    loader.start();
  }

  private static void exitOnStdinEof() {
    try (InputStream in = System.in) {
      while (in.read() >= 0) continue; // input is ignored; only its end matters
    } catch (IOException brokenPipe) { /* the parent is gone just as surely as on EOF */ }
    stopAndExit();
  }

  /** Never blocks its caller, a signal dispatcher or the stdin thread. */
  private static void stopAndExit() {
    synchronized (Launcher.class) {
      // Still starting: main() sees the flag once build() returns and exits from there, so a
      // half-built DBMS is never cut off while writing its store. Only the first request acts:
      // a second System.exit would not wait for the first shutdown to finish.
      boolean first = !stopRequested;
      stopRequested = true;
      if (dbms == null || !first) return;
    }
    new Thread(() -> { shutdownDbms(); System.exit(0); }, "neo4j-stop").start();
  }

  private static void shutdownDbms() {
    DatabaseManagementService service;
    synchronized (Launcher.class) {
      stopRequested = true;
      service = dbms;
      dbms = null;
    }
    if (service != null) service.shutdown();
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    if (fallback == null) throw new IllegalArgumentException(name + " is required");
    return fallback;
  }

  /** Neo4j wraps the telling cause (lock held, port in use) a few layers deep: root cause first. */
  private static String describe(Throwable e) {
    List<String> kept = new ArrayList<>();
    for (Throwable t = e; t != null && kept.size() < 8; t = t.getCause()) {
      String m = (t.getMessage() == null ? t.toString() : t.getMessage()).replaceAll("\\s+", " ");
      kept.removeIf(wrapper -> wrapper.contains(m)); // one that quotes its cause adds nothing
      kept.add(0, m);
    }
    return String.join("; ", kept);
  }

  private static RuntimeException fail(String reason) {
    System.err.println("NEO4J_FAILED " + reason); // System.err autoflushes on println
    System.exit(1);
    return new IllegalStateException("unreachable");
  }
}
