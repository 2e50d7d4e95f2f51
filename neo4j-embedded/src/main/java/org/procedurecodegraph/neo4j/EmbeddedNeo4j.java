package org.procedurecodegraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded, reachable only through Bolt on a loopback address.
 *
 * <p>Usage: {@code java -jar neo4j-embedded.jar --home DIR --port N [--host 127.0.0.1]
 * [--config neo4j.conf]}; the optional file holds Neo4j settings (page cache, transaction log
 * retention, ...) in the server's {@code neo4j.conf} format. Prints one line starting with {@code READY} once the default
 * database accepts transactions, and shuts the database down cleanly on SIGTERM or SIGINT.
 */
public final class EmbeddedNeo4j {
    private static final long START_TIMEOUT_SECONDS = 300;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        String host = "127.0.0.1";
        int port = 7687;
        Path configFile = null;

        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                fail("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--home" -> home = Path.of(value).toAbsolutePath();
                case "--host" -> host = value;
                case "--port" -> port = parsePort(value);
                case "--config" -> configFile = Path.of(value).toAbsolutePath();
                default -> fail("unknown option " + name);
            }
        }
        if (home == null) {
            fail("--home is required");
        }
        Files.createDirectories(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                fail("no config file at " + configFile);
            }
            builder.loadPropertiesFromFile(configFile);
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING: shutting the database down");
            dbms.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS))) {
            fail("database did not become available within " + START_TIMEOUT_SECONDS + " s");
        }
        System.out.printf("READY bolt://%s:%d home=%s%n", host, port, home);
        System.out.flush();
        stopped.await();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                fail("--port must be between 1 and 65535, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("--port must be a number, got '" + value + "'");
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-embedded: " + message);
        System.exit(2);
    }
}
