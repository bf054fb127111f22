package fr.cfa.backoffice.journey;

import fr.cfa.backoffice.platform.testing.KafkaBroker;
import fr.cfa.backoffice.platform.testing.KafkaTestResource;
import fr.cfa.backoffice.tools.dashboardstub.NationalDashboardStub;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The whole back office on this machine, as a deployment runs it: one real PostgreSQL (a database per service), one
 * real Kafka broker, and the four production jars in their own JVMs with simulated time on. {@link #close()} stops
 * whatever was started, in reverse order, whatever failed; a JVM shutdown hook does it too if the test JVM is stopped.
 */
final class Backoffice implements AutoCloseable {
    static final List<String> SERVICES = List.of("admissions", "curriculum", "placement", "certification");
    private static final String DB_USER = "backoffice";
    private static final String DB_PASSWORD = "backoffice";
    /** The in-JVM broker and PostgreSQL at WARN, so the journey's own lines stand out (held: the log manager keeps weak references). */
    private static final List<Logger> QUIET = Stream.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky").map(name -> {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }).toList();

    private final Path repoRoot;
    private final Path workDir;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::killEverything, "journey-stop");
    private EmbeddedPostgres postgres;
    private KafkaBroker broker;
    /** The State's national dashboard: curriculum's daily transmission sends the learners' records there. */
    private NationalDashboardStub state;
    /** A test value, not a secret. */
    static final String DASHBOARD_KEY = "journey-dashboard-key-NOT-A-SECRET";

    private Backoffice(Path repoRoot, Path workDir) {
        this.repoRoot = repoRoot;
        this.workDir = workDir;
    }

    static Backoffice start(Path repoRoot, Path workDir) throws Exception {
        Backoffice backoffice = new Backoffice(repoRoot, workDir);
        try {
            backoffice.startAll();
            return backoffice;
        } catch (Throwable failure) {
            backoffice.close();
            throw failure;
        }
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    Path repoRoot() {
        return repoRoot;
    }

    NationalDashboardStub state() {
        return state;
    }

    String kafkaBootstrap() {
        return broker.bootstrapServers();
    }

    private void startAll() throws Exception {
        Files.createDirectories(workDir);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        startPostgres();
        broker = KafkaTestResource.broker(); // a real KRaft broker in this JVM (platform test-jar)
        state = NationalDashboardStub.start(DASHBOARD_KEY);
        for (String name : SERVICES) services.put(name, new ServiceProcess(name, repoRoot, workDir));
        for (ServiceProcess service : services.values()) service.start(environment(service.name));
        for (ServiceProcess service : services.values()) service.awaitReady(Duration.ofSeconds(180));
    }

    /** What deploy/local/lib.sh (start_service) gives each service, ports and public URL aside (ServiceProcess sets them). */
    private Map<String, String> environment(String service) {
        Path keys = repoRoot.resolve("deploy/local/dev-keys");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + service);
        env.put("DB_USER", DB_USER);
        env.put("DB_PASSWORD", DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP", broker.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + keys.resolve("dev-public-key.pem"));
        env.put("JWT_ISSUER", "cfa-backoffice-dev");
        env.put("BACKOFFICE_DEVELOPMENT_KEYS_ALLOWED", "true"); // the tokens below are signed with the committed DEVELOPMENT key
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("MANAGEMENT_HOST", "127.0.0.1");
        env.put("BACKOFFICE_SIMULATED_TIME", "true");
        env.put("CERTIFICATE_SIGNING_KEY_LOCATION", "file:" + keys.resolve("dev-certificate-signing-key.pem"));
        if (service.equals("curriculum")) {
            // SAMPLE identifiers of the centre (not a real establishment), and the State's dashboard stub
            env.put("CENTRE_RESPONSIBLE_UAI", "0932751K");
            env.put("CENTRE_RESPONSIBLE_SIRET", "12345678900011");
            env.put("CENTRE_SITE_ADDRESS", "1 rue de l'Exemple, Saint-Denis");
            env.put("CENTRE_SITE_POSTAL_CODE", "93200");
            env.put("NATIONAL_DASHBOARD_URL", state.baseUrl());
            env.put("NATIONAL_DASHBOARD_KEY", DASHBOARD_KEY);
        }
        if (service.equals("certification")) {
            // Published rates are withheld under 20 learners (InserJeunes rule); a journey of one learner must see its own figures.
            env.put("CERTIFICATION_MINIMUM_DENOMINATOR", "1");
        }
        return env;
    }

    private void startPostgres() throws Exception {
        Path pgWork = Files.createDirectories(workDir.resolve("pg-work"));
        // the data folder stays outside the working folder: zonky deletes unlocked data folders it finds there
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(pgWork.toFile())
                .setDataDirectory(workDir.resolve("pg-data").toFile())
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_PASSWORD + "'");
            for (String service : SERVICES) s.execute("CREATE DATABASE " + service + " OWNER " + DB_USER + " ENCODING 'UTF8'");
        }
    }

    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        List<ServiceProcess> started = new ArrayList<>(services.values());
        // SIGTERM all first, then wait: they stop in parallel
        started.forEach(s -> s.stopSignal());
        for (ServiceProcess service : started) {
            try {
                service.stop();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (state != null) state.close();
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private void killEverything() {
        services.values().forEach(ServiceProcess::kill);
        try {
            if (postgres != null) postgres.close();
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }
}
