package fr.cfa.backoffice.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code startup --port P --runs N --log FILE_PREFIX -- java ... -jar quarkus-run.jar}: N times, start the command
 * (environment inherited), poll GET /q/health/ready every 20 ms, print the seconds from process start to the first
 * 200 and VmRSS right after, stop it (SIGTERM, SIGKILL after 30 s). Then the median of each ("  median: ...").
 */
final class Startup {
    private Startup() {}

    static void run(Options o) throws Exception {
        List<String> cmd = o.rest;
        int port = o.integer("port", 0, 1, 65535);
        int runs = o.integer("runs", 3, 1, 20);
        String logPrefix = o.get("log", "startup");
        long timeoutMs = o.number("timeout-ms", 120_000);
        if (cmd.isEmpty()) Options.usage();
        String ready = "http://127.0.0.1:" + port + "/q/health/ready";

        double[] secs = new double[runs];
        double[] rss = new double[runs];
        for (int r = 0; r < runs; r++) {
            File log = new File(logPrefix + "-" + (r + 1) + ".log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log));
            long t0 = System.nanoTime();
            Process p = pb.start();
            Thread killer = new Thread(() -> stop(p));
            Runtime.getRuntime().addShutdownHook(killer);
            try {
                long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
                int code = -1;
                while (System.nanoTime() < deadline && p.isAlive()) {
                    code = Http.status(ready, null, Duration.ofMillis(500));
                    if (code == 200) break;
                    Thread.sleep(20);
                }
                long t1 = System.nanoTime();
                if (code != 200) {
                    System.out.printf(Locale.ROOT, "  run %d: NOT READY (last status %d, process %s) after %.1f s, see %s%n",
                            r + 1, code, p.isAlive() ? "alive" : "exited " + exitCode(p), Stats.seconds(t0, t1), log);
                    System.out.flush();
                    System.exit(1);
                }
                secs[r] = Stats.seconds(t0, t1);
                rss[r] = vmRssMiB(p.pid());
                System.out.printf(Locale.ROOT, "  run %d: ready in %.3f s, RSS %.1f MiB (pid %d)%n", r + 1, secs[r], rss[r], p.pid());
                System.out.flush();
            } finally {
                stop(p);
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException ignored) {
                    // already shutting down
                }
            }
        }
        System.out.printf(Locale.ROOT, "  median: ready in %.3f s, RSS %.1f MiB%n", Stats.median(secs), Stats.median(rss));
    }

    static void stop(Process p) {
        if (!p.isAlive()) return;
        p.destroy(); // SIGTERM
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String exitCode(Process p) {
        try {
            return String.valueOf(p.exitValue());
        } catch (IllegalThreadStateException e) {
            return "?";
        }
    }

    static double vmRssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (IOException | NumberFormatException ignored) {
            // process gone
        }
        return Double.NaN;
    }
}
