package fr.cfa.backoffice.bench;

import java.util.Arrays;

/**
 * Load driver of deploy/bench/*.sh (LOCAL, 127.0.0.1 targets only). One sub-command per scenario:
 *
 * <pre>
 * startup --port P --runs N --log FILE_PREFIX -- java ... -jar quarkus-run.jar          {@link Startup}
 * hop --post URL --post-token T --get-prefix URL --get-token T --events N [--warmup W]   {@link Hop}
 * attendance --curriculum URL --admissions URL --clocks URL,.. --trainer-token T
 *            --manager-token T --officer-token T [--learners 30]                        {@link Attendance}
 * dashboard --curriculum URL --manager-token T --stub URL --key K --school-year Y         {@link Dashboard}
 * admissions-bulk --admissions URL --curriculum URL --officer-token T --trainer-token T
 *            --manager-token T --count N [--rate R] [--hop-events H]                    {@link AdmissionsBulk}
 * </pre>
 * Every loop is bounded in count and time. A failure prints "  FAILED: why" and exits 1.
 */
public final class BenchDriver {
    static final String USAGE = """
            usage: bench-driver startup --port P --runs N --log PREFIX -- CMD...
                   bench-driver hop --post URL --post-token T --get-prefix URL --get-token T --events N [--warmup W]
                   bench-driver attendance --curriculum URL --admissions URL --clocks URL,URL,.. --trainer-token T --manager-token T --officer-token T [--learners N]
                   bench-driver dashboard --curriculum URL --manager-token T --stub URL --key K --school-year YYYY-YYYY
                   bench-driver admissions-bulk --admissions URL --curriculum URL --officer-token T --trainer-token T --manager-token T --count N [--rate R] [--hop-events H] [--in-flight 16]""";

    private BenchDriver() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) Options.usage();
        Options o = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        try {
            switch (args[0]) {
                case "startup" -> Startup.run(o);
                case "hop" -> Hop.run(o);
                case "attendance" -> Attendance.run(o);
                case "dashboard" -> Dashboard.run(o);
                case "admissions-bulk" -> AdmissionsBulk.run(o);
                case "replica-kill" -> ReplicaKill.run(o);
                default -> Options.usage();
            }
        } catch (Failed e) {
            System.out.println("  FAILED: " + e.getMessage());
            System.out.flush();
            System.exit(1);
        }
        System.out.flush();
        System.exit(0); // the HTTP client's threads would keep the JVM a little longer
    }

    /** What stops a scenario: printed as "  FAILED: ..." by main. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }
}
